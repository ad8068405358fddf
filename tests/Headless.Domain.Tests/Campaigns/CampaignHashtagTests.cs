using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignHashtagTests
{
    [Fact]
    public void Hashtags_are_stored_without_hash_and_deduplicated_case_insensitively()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(hashtags: ["#PerfectGift", "perfectgift", " #PERFECTGIFT ", "#Japan"]));

        Assert.Equal(["PerfectGift", "Japan"], campaign.Hashtags.Select(h => h.Text));
        Assert.Equal(["perfectgift", "japan"], campaign.Hashtags.Select(h => h.Key));
        Assert.All(campaign.Hashtags, h => Assert.Equal(campaign.Id, h.CampaignId));
        Assert.All(campaign.Hashtags, h => Assert.DoesNotContain('#', h.Text));
    }

    [Fact]
    public void SetHashtags_replaces_the_set()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(hashtags: ["PerfectGift", "Japan"]));

        campaign.SetHashtags(["#japan", "#Jan25"]);

        Assert.Equal(["japan", "jan25"], campaign.Hashtags.Select(h => h.Key));
        Assert.True(campaign.IsTaggedWith("jan25"));
        Assert.True(campaign.IsTaggedWith("japan"));
        Assert.False(campaign.IsTaggedWith("perfectgift"));
    }

    [Fact]
    public void SetHashtags_requires_at_least_one_valid_tag_and_keeps_the_old_ones_otherwise()
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.SetHashtags([]), "hashtags", "REQUIRED");
        DomainAssert.Broken(() => campaign.SetHashtags(["fine", "not fine"]), "hashtags", "INVALID_HASHTAG");
        Assert.Equal(["perfectgift"], campaign.Hashtags.Select(h => h.Key));
    }

    [Fact]
    public void IsTaggedWith_compares_keys()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(hashtags: ["#PerfectGift"]));

        Assert.True(campaign.IsTaggedWith("perfectgift"));
        Assert.False(campaign.IsTaggedWith("perfect"));
    }
}
