using Headless.Domain.Common;

namespace Headless.Domain.Accounts;

/// <summary>
/// One of an NGO's X accounts. Accounts form a tree (the "staircase"): regional and local accounts
/// produce content that the hub amplifies.
/// </summary>
public sealed class TwitterAccount : Entity
{
    private TwitterAccount()
    {
        Handle = HandleKey = DisplayName = string.Empty;
    }

    public Guid NgoId { get; private set; }

    public string Handle { get; private set; }

    /// <summary>Lower-cased handle: X handles are unique case-insensitively.</summary>
    public string HandleKey { get; private set; }

    /// <summary>The X user id, unknown until the handle is resolved against X.</summary>
    public string? XUserId { get; private set; }

    public string DisplayName { get; private set; }

    public AccountRole Role { get; private set; }

    public string? Region { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static TwitterAccount Create(Guid ngoId, AccountDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var account = new TwitterAccount { NgoId = ngoId, CreatedAt = Guard.Utc(now, "now") };
        account.Update(details);
        return account;
    }

    public void Update(AccountDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);

        // Checked in full first, so a refused update leaves the account as it was.
        var handle = XHandle.Normalize(details.Handle);
        var displayName = Guard.Required(details.DisplayName, "displayName", 100);
        var region = Guard.Optional(details.Region, "region", 100);
        var xUserId = NormalizeXUserId(details.XUserId);

        Handle = handle;
        HandleKey = handle.ToLowerInvariant();
        DisplayName = displayName;
        Role = details.Role;
        Region = region;
        XUserId = xUserId;
    }

    public void ResolveXUserId(string xUserId) => XUserId = NormalizeXUserId(xUserId);

    /// <summary>Moves the account under <paramref name="parent"/> (null: to the root), keeping the tree a tree.</summary>
    public void MoveUnder(TwitterAccount? parent, AccountStaircase staircase)
    {
        ArgumentNullException.ThrowIfNull(staircase);
        staircase.EnsureCanMove(this, parent);
        ParentId = parent?.Id;
    }

    private static string? NormalizeXUserId(string? xUserId)
    {
        var text = xUserId?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= 20 && text.All(char.IsAsciiDigit)
            ? text
            : throw new DomainRuleException("xUserId", "INVALID_X_USER_ID", "An X user id is a string of up to 20 digits.");
    }
}
