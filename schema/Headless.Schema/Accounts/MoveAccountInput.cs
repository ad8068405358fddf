namespace Headless.Schema.Accounts;

/// <summary><see cref="ParentId"/> null moves the account to the top of the staircase.</summary>
public sealed record MoveAccountInput(string AccountId, string? ParentId);
