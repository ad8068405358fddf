using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    [Fact]
    public void Create_stores_the_normalised_details()
    {
        var ngoId = Guid.NewGuid();
        var details = CampaignSamples.Details(title: "  Perfect Gift ", summary: " ", slug: " perfect-gift ")
            with { Goal = CampaignGoal.ForAmount(new Money(10_000m, "eur")) };

        var campaign = Campaign.Create(ngoId, details, Utc.March(1));

        Assert.Equal(ngoId, campaign.NgoId);
        Assert.Equal("perfect-gift", campaign.Slug);
        Assert.Equal("Perfect Gift", campaign.Title);
        Assert.Null(campaign.Summary);
        Assert.Equal(GoalType.Amount, campaign.GoalType);
        Assert.Equal(10_000m, campaign.GoalAmount);
        Assert.Null(campaign.GoalDonors);
        Assert.Equal("EUR", campaign.Currency);
        Assert.Equal(CampaignSamples.Start, campaign.StartsAt);
        Assert.Equal(CampaignSamples.End, campaign.EndsAt);
        Assert.Equal(Utc.March(1), campaign.CreatedAt);
        Assert.False(campaign.IsPublished);
        Assert.Null(campaign.MatchingRule);
    }

    [Fact]
    public void A_donor_goal_keeps_the_currency_for_donations()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(goal: CampaignGoal.ForDonors(500, "usd")));

        Assert.Equal(GoalType.Donors, campaign.Goal.Type);
        Assert.Equal(500, campaign.Goal.Donors);
        Assert.Equal(Money.Zero("USD"), campaign.Goal.Amount);
        Assert.Equal("USD", campaign.Currency);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void An_amount_goal_must_be_positive(string amount)
    {
        DomainAssert.Broken(() => CampaignGoal.ForAmount(new Money(Numbers.Dec(amount), "EUR")), "goal.amount", "NOT_POSITIVE");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_donor_goal_must_be_positive(int donors)
    {
        DomainAssert.Broken(() => CampaignGoal.ForDonors(donors, "EUR"), "goal.donors", "NOT_POSITIVE");
    }

    [Theory]
    [InlineData("blank title", "title", "REQUIRED")]
    [InlineData("long title", "title", "TOO_LONG")]
    [InlineData("long summary", "summary", "TOO_LONG")]
    [InlineData("bad slug", "slug", "INVALID_SLUG")]
    [InlineData("no hashtag", "hashtags", "REQUIRED")]
    [InlineData("bad hashtag", "hashtags", "INVALID_HASHTAG")]
    public void Create_names_the_field_that_breaks_a_rule(string brokenRule, string field, string code)
    {
        var details = brokenRule switch
        {
            "blank title" => CampaignSamples.Details(title: " "),
            "long title" => CampaignSamples.Details(title: new string('t', 201)),
            "long summary" => CampaignSamples.Details(summary: new string('s', 501)),
            "bad slug" => CampaignSamples.Details(slug: "Perfect Gift"),
            "no hashtag" => CampaignSamples.Details(hashtags: []),
            _ => CampaignSamples.Details(hashtags: ["perfect-gift"]),
        };

        DomainAssert.Broken(() => Campaign.Create(Guid.NewGuid(), details, Utc.March(1)), field, code);
    }

    [Fact]
    public void Publishing_twice_keeps_the_first_publication_time()
    {
        var campaign = CampaignSamples.Draft();

        campaign.Publish(Utc.March(2));
        campaign.Publish(Utc.March(3));

        Assert.True(campaign.IsPublished);
        Assert.Equal(Utc.March(2), campaign.PublishedAt);
    }

    [Fact]
    public void Unpublishing_returns_the_campaign_to_draft()
    {
        var campaign = CampaignSamples.Published();

        campaign.Unpublish();

        Assert.False(campaign.IsPublished);
        Assert.Equal(CampaignStatus.Draft, campaign.StatusAt(Utc.March(10)));
    }

    [Fact]
    public void Publishing_with_a_local_time_is_refused()
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.Publish(Utc.LocalTime()), "now", "NOT_UTC");
        Assert.False(campaign.IsPublished);
    }

    [Theory]
    [InlineData("blank title", "title", "REQUIRED")]
    [InlineData("long summary", "summary", "TOO_LONG")]
    [InlineData("long description", "description", "TOO_LONG")]
    [InlineData("bad hashtag", "hashtags", "INVALID_HASHTAG")]
    [InlineData("no hashtag", "hashtags", "REQUIRED")]
    [InlineData("local start", "startsAt", "NOT_UTC")]
    [InlineData("inverted window", "endsAt", "INVALID_WINDOW")]
    [InlineData("window after the phase", "startsAt", "PHASES_OUTSIDE")]
    [InlineData("window before the pledge end", "endsAt", "PLEDGE_OUTSIDE")]
    public void A_refused_update_leaves_every_property_and_the_version_as_they_were(string brokenRule, string field, string code)
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(hashtags: ["PerfectGift", "Japan"]));
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));
        campaign.SetMatchingRule(CampaignSamples.Pledge(Utc.March(5), Utc.March(28)));
        var before = CampaignSamples.Snapshot(campaign);

        // Every other field changes, so a partial assignment before the refusal would show.
        var changed = CampaignSamples.Details(
            startsAt: Utc.March(2),
            endsAt: Utc.March(30),
            hashtags: ["Relaunch"],
            goal: CampaignGoal.ForDonors(500, "USD"),
            title: "Perfect Gift, relaunched",
            summary: "Every reply counts");
        var details = brokenRule switch
        {
            "blank title" => changed with { Title = " " },
            "long summary" => changed with { Summary = new string('s', 501) },
            "long description" => changed with { Description = new string('d', 20_001) },
            "bad hashtag" => changed with { Hashtags = ["Relaunch", "not-a-tag"] },
            "no hashtag" => changed with { Hashtags = [] },
            "local start" => changed with { StartsAt = Utc.LocalTime() },
            "inverted window" => changed with { EndsAt = Utc.March(1) },
            "window after the phase" => changed with { StartsAt = Utc.March(11) },
            _ => changed with { EndsAt = Utc.March(27) },
        };

        DomainAssert.Broken(() => campaign.Update(details), field, code);

        Assert.Equal(before, CampaignSamples.Snapshot(campaign));
    }

    [Fact]
    public void A_refused_hashtag_change_keeps_the_hashtags_and_the_version()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(hashtags: ["PerfectGift", "Japan"]));
        var before = CampaignSamples.Snapshot(campaign);

        DomainAssert.Broken(() => campaign.SetHashtags(["Relaunch", "#"]), "hashtags", "INVALID_HASHTAG");

        Assert.Equal(before, CampaignSamples.Snapshot(campaign));
    }
}
