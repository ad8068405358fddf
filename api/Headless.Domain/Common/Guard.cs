using System.Text.RegularExpressions;

namespace Headless.Domain.Common;

/// <summary>Small argument checks that throw <see cref="DomainRuleException"/> naming the field.</summary>
public static partial class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException(field, "REQUIRED", $"{field} is required.");
        }

        return MaxLength(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    public static string? OptionalUrl(string? value, string field)
    {
        var trimmed = Optional(value, field, 2048);
        if (trimmed is null)
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainRuleException(field, "INVALID_URL", $"{field} must be an absolute http(s) URL.");
        }

        return uri.ToString();
    }

    public static string RequiredUrl(string? value, string field) =>
        OptionalUrl(value, field) ?? throw new DomainRuleException(field, "REQUIRED", $"{field} is required.");

    public static string Slug(string? value, string field)
    {
        var slug = Required(value, field, 64);
        if (slug.Length < 2 || !SlugPattern().IsMatch(slug))
        {
            throw new DomainRuleException(field, "INVALID_SLUG", $"{field} must be 2-64 lower-case letters, digits and single hyphens.");
        }

        return slug;
    }

    public static DateTime Utc(DateTime value, string field)
    {
        if (value.Kind == DateTimeKind.Local)
        {
            throw new DomainRuleException(field, "NOT_UTC", $"{field} must be a UTC time.");
        }

        return DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public static DateTime? Utc(DateTime? value, string field) => value is null ? null : Utc(value.Value, field);

    public static void Window(DateTime startsAt, DateTime endsAt, string endField)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException(endField, "INVALID_WINDOW", $"{endField} must be after the start.");
        }
    }

    private static string MaxLength(string value, string field, int maxLength) =>
        value.Length <= maxLength
            ? value
            : throw new DomainRuleException(field, "TOO_LONG", $"{field} must be at most {maxLength} characters.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
