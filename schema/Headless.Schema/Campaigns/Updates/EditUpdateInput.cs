namespace Headless.Schema.Campaigns.Updates;

public sealed record EditUpdateInput(string UpdateId, string Title, string Body, string? TweetUrl);
