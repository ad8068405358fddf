namespace Headless.Domain.Common;

/// <summary>ISO 3166-1 alpha-2 codes: two upper-case ASCII letters.</summary>
public static class CountryCode
{
    public static string Normalize(string? code, string field)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        if (trimmed is not { Length: 2 } || !trimmed.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException(field, "INVALID_COUNTRY", $"{field} must be a two-letter ISO 3166-1 code.");
        }

        return trimmed;
    }
}
