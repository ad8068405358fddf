namespace Headless.Schema.Campaigns.Updates;

public sealed record PostUpdateInput(string CampaignId, string Title, string Body, string? TweetUrl);
