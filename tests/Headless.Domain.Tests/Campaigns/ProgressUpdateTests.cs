using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class ProgressUpdateTests
{
    [Fact]
    public void An_update_is_a_draft_until_published()
    {
        var update = ProgressUpdate.Create(Guid.NewGuid(), " Day 3 ", " The trucks arrived. ", "https://x.com/PlanAsia/status/1", Utc.March(3));

        Assert.Equal("Day 3", update.Title);
        Assert.Equal("The trucks arrived.", update.Body);
        Assert.Equal("https://x.com/PlanAsia/status/1", update.TweetUrl);
        Assert.Equal(Utc.March(3), update.CreatedAt);
        Assert.False(update.IsPublished);
    }

    [Fact]
    public void Publishing_twice_keeps_the_first_publication_time()
    {
        var update = ProgressUpdate.Create(Guid.NewGuid(), "Day 3", "Body", null, Utc.March(3));

        update.Publish(Utc.March(4));
        update.Publish(Utc.March(5));

        Assert.True(update.IsPublished);
        Assert.Equal(Utc.March(4), update.PublishedAt);
    }

    [Theory]
    [InlineData(" ", "Body", null, "title", "REQUIRED")]
    [InlineData("Day 3", "", null, "body", "REQUIRED")]
    [InlineData("Day 3", "Body", "x.com/PlanAsia", "tweetUrl", "INVALID_URL")]
    public void Create_names_the_field_that_breaks_a_rule(string title, string body, string? tweetUrl, string field, string code)
    {
        DomainAssert.Broken(() => ProgressUpdate.Create(Guid.NewGuid(), title, body, tweetUrl, Utc.March(3)), field, code);
    }

    [Theory]
    [InlineData("Day 4", "New body", "x.com/PlanAsia", "tweetUrl", "INVALID_URL")]
    [InlineData("Day 4", " ", null, "body", "REQUIRED")]
    public void A_refused_edit_changes_no_field(string title, string body, string? tweetUrl, string field, string code)
    {
        var update = ProgressUpdate.Create(Guid.NewGuid(), "Day 3", "The trucks arrived.", "https://x.com/PlanAsia/status/1", Utc.March(3));

        DomainAssert.Broken(() => update.Edit(title, body, tweetUrl), field, code);

        Assert.Equal("Day 3", update.Title);
        Assert.Equal("The trucks arrived.", update.Body);
        Assert.Equal("https://x.com/PlanAsia/status/1", update.TweetUrl);
    }
}
