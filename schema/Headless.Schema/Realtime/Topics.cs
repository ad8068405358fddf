namespace Headless.Schema.Realtime;

/// <summary>Event bus topics: tweets on one topic (filtered per subscriber), the rest per target.</summary>
public static class Topics
{
    public const string Tweets = "tweets";

    public static string CampaignProgress(Guid campaignId) => $"campaign-progress:{campaignId:N}";

    public static string LiveSession(Guid sessionId) => $"live-session:{sessionId:N}";

    public static string Donations(Guid campaignId) => $"donations:{campaignId:N}";
}
