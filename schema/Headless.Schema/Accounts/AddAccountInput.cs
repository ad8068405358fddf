using Headless.Domain.Accounts;

namespace Headless.Schema.Accounts;

/// <summary>A new account of an NGO, under <see cref="ParentId"/> or at the top of the staircase.</summary>
public sealed record AddAccountInput(string NgoId, string Handle, string DisplayName, AccountRole Role, string? Region, string? XUserId, string? ParentId);
