using System.Net.Mail;
using Headless.Domain.Common;

namespace Headless.Domain.Members;

/// <summary>The e-mail address a member is added or invited by: one plain address, no display name.</summary>
public static class EmailAddress
{
    // The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets).
    public const int MaxLength = 254;

    public static string Normalize(string? email, string field = "email")
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException(field, "REQUIRED", $"{field} is required.");
        }

        // MailAddress also accepts "Name <a@b.org>" and dotless hosts; an invitation needs the bare, routable address.
        if (trimmed.Length > MaxLength
            || !MailAddress.TryCreate(trimmed, out var address)
            || !string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new DomainRuleException(field, "INVALID_EMAIL", $"{field} must be a single e-mail address such as name@example.org.");
        }

        return trimmed;
    }
}
