namespace Headless.Twitter.Sources;

/// <summary>
/// A recent-search query standing for one stream rule; the rule id and tag are put on the tweets it
/// finds as <c>matching_rules</c>, as the stream would have.
/// </summary>
public sealed record BackfillQuery(string Query, string? RuleId, string? Tag);
