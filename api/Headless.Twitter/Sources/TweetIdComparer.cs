namespace Headless.Twitter.Sources;

/// <summary>
/// Orders tweet ids by time: ids are snowflakes (time in the high bits), sent as decimal strings
/// without leading zeros, so a longer id is newer and equal lengths compare character by character.
/// </summary>
public sealed class TweetIdComparer : IComparer<string>
{
    public static TweetIdComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }
}
