namespace Headless.Domain.Campaigns;

/// <summary>The engagements a sponsor can pledge money for.</summary>
public enum EngagementKind
{
    Retweet,
    Reply,
    Quote,
}
