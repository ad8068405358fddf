namespace Headless.Domain.Common;

/// <summary>ISO 4217 alphabetic codes: three upper-case ASCII letters.</summary>
public static class CurrencyCode
{
    public static string Normalize(string? code, string field)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        if (trimmed is not { Length: 3 } || !trimmed.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException(field, "INVALID_CURRENCY", $"{field} must be a three-letter ISO 4217 code.");
        }

        return trimmed;
    }
}
