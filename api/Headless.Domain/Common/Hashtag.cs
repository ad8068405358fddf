namespace Headless.Domain.Common;

/// <summary>
/// A coordination hashtag. Stored without '#'; compared case-insensitively through <see cref="Key"/>,
/// because X treats #PerfectGift and #perfectgift as the same tag.
/// </summary>
public sealed record Hashtag
{
    public const int MaxLength = 100;

    private Hashtag(string text)
    {
        Text = text;
        Key = text.ToLowerInvariant();
    }

    public string Text { get; }

    public string Key { get; }

    public static Hashtag Parse(string? value, string field = "hashtags")
    {
        var text = value?.Trim().TrimStart('#') ?? string.Empty;
        if (text.Length == 0 || text.Length > MaxLength)
        {
            throw new DomainRuleException(field, "INVALID_HASHTAG", $"A hashtag must have 1 to {MaxLength} characters.");
        }

        // X hashtags are letters, digits, marks and underscores, and cannot be digits only.
        if (!text.All(c => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            || text.All(char.IsDigit))
        {
            throw new DomainRuleException(field, "INVALID_HASHTAG", $"'{text}' is not a valid hashtag.");
        }

        return new Hashtag(text);
    }

    public static string NormalizeKey(string value) => Parse(value).Key;

    /// <summary>Parses, de-duplicates case-insensitively, and requires at least one tag.</summary>
    public static IReadOnlyList<Hashtag> ParseMany(IEnumerable<string>? values, string field = "hashtags")
    {
        var tags = (values ?? []).Select(v => Parse(v, field)).DistinctBy(t => t.Key).ToList();
        if (tags.Count == 0)
        {
            throw new DomainRuleException(field, "REQUIRED", "At least one hashtag is required.");
        }

        return tags;
    }

    public override string ToString() => "#" + Text;
}
