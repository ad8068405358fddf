namespace Headless.Twitter.Payloads;

/// <summary>What one line of the filtered stream carried.</summary>
public enum XStreamLineKind
{
    /// <summary>A blank line X sends every ~20 s so an idle connection can be told from a dead one.</summary>
    KeepAlive,

    /// <summary>A message with a tweet in <c>data</c>.</summary>
    Tweet,

    /// <summary>A message with only <c>errors</c>, e.g. an operational disconnect announced before the connection closes.</summary>
    Errors,

    /// <summary>Anything else: broken JSON, a truncated line, or JSON without a tweet or errors.</summary>
    Malformed,
}
