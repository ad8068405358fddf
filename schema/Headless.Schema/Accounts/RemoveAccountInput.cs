namespace Headless.Schema.Accounts;

public sealed record RemoveAccountInput(string AccountId);
