namespace Headless.Schema.Donations;

public sealed record MoneyInput(decimal Amount, string Currency);
