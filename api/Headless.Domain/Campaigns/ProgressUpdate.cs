using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>A behind-the-scenes post or preview; a draft until published.</summary>
public sealed class ProgressUpdate : Entity
{
    private ProgressUpdate()
    {
        Title = Body = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string? TweetUrl { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public static ProgressUpdate Create(Guid campaignId, string title, string body, string? tweetUrl, DateTime now)
    {
        var update = new ProgressUpdate { CampaignId = campaignId, CreatedAt = Guard.Utc(now, "now") };
        update.Edit(title, body, tweetUrl);
        return update;
    }

    public void Edit(string title, string body, string? tweetUrl)
    {
        // Checked in full first, so a refused edit leaves the update as it was.
        var checkedTitle = Guard.Required(title, "title", 200);
        var checkedBody = Guard.Required(body, "body", 20_000);
        var checkedTweetUrl = Guard.OptionalUrl(tweetUrl, "tweetUrl");

        Title = checkedTitle;
        Body = checkedBody;
        TweetUrl = checkedTweetUrl;
    }

    public void Publish(DateTime at) => PublishedAt ??= Guard.Utc(at, "publishedAt");
}
