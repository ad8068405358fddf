using System.Globalization;
using System.Text.RegularExpressions;

namespace Headless.Data.Seeding;

/// <summary>
/// Seed times are relative to the seeding moment ("-20d", "+3h", "-90m") so the demo always has
/// live, scheduled and ended things; absolute ISO-8601 UTC times are accepted too.
/// </summary>
public static partial class SeedTime
{
    /// <summary>The instant of the tweet file's clock that stands for "the moment of seeding".</summary>
    public static readonly DateTime TweetAnchor = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DateTime Resolve(string value, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = RelativePattern().Match(value.Trim());
        if (match.Success)
        {
            var amount = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) * (match.Groups["sign"].Value == "-" ? -1 : 1);
            return match.Groups["unit"].Value switch
            {
                "d" => now.AddDays(amount),
                "h" => now.AddHours(amount),
                _ => now.AddMinutes(amount),
            };
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var absolute))
        {
            return DateTime.SpecifyKind(absolute, DateTimeKind.Utc);
        }

        throw new FormatException($"'{value}' is neither a relative seed time (like -20d, +3h, -90m) nor an ISO-8601 time.");
    }

    public static DateTime? ResolveOptional(string? value, DateTime now) =>
        string.IsNullOrWhiteSpace(value) ? null : Resolve(value, now);

    [GeneratedRegex("^(?<sign>[+-])(?<n>[0-9]{1,6})(?<unit>[dhm])$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
