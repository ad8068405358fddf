using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignProgressTests
{
    private static Campaign AmountCampaign(string goal) =>
        CampaignSamples.Published(CampaignSamples.Details(goal: CampaignGoal.ForAmount(new Money(Numbers.Dec(goal), "EUR"))));

    [Fact]
    public void An_amount_goal_counts_donations_plus_matched_pledges()
    {
        var campaign = AmountCampaign("1000");

        var progress = CampaignProgress.Calculate(campaign, 250m, 50m, 12, Utc.March(10));

        Assert.Equal(new Money(250m, "EUR"), progress.Raised);
        Assert.Equal(new Money(50m, "EUR"), progress.Matched);
        Assert.Equal(new Money(300m, "EUR"), progress.Total);
        Assert.Equal(12, progress.DonorCount);
        Assert.Equal(30m, progress.Percentage);
    }

    [Theory]
    [InlineData("1000", "0", "0", "0")]
    [InlineData("3", "2", "0", "66.66")]
    [InlineData("3", "0.1", "0.2", "10")]
    [InlineData("1000", "333.333", "0", "33.33")]
    [InlineData("1000", "999.999", "0", "99.99")]
    [InlineData("1000", "999", "1", "100")]
    [InlineData("1000", "1500", "0", "150")]
    [InlineData("1000", "0.01", "0", "0")]
    [InlineData("7", "1", "0", "14.28")]
    public void The_percentage_is_exact_and_truncated_to_two_decimals(string goal, string raised, string matched, string expected)
    {
        var campaign = AmountCampaign(goal);

        var progress = CampaignProgress.Calculate(campaign, Numbers.Dec(raised), Numbers.Dec(matched), 1, Utc.March(10));

        Assert.Equal(Numbers.Dec(expected), progress.Percentage);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "42.85")]
    [InlineData(7, "100")]
    [InlineData(10, "142.85")]
    public void A_donor_goal_counts_donors_not_money(int donors, string expected)
    {
        var campaign = CampaignSamples.Published(CampaignSamples.Details(goal: CampaignGoal.ForDonors(7, "EUR")));

        var progress = CampaignProgress.Calculate(campaign, 50_000m, 1_000m, donors, Utc.March(10));

        Assert.Equal(Numbers.Dec(expected), progress.Percentage);
        Assert.Equal(new Money(51_000m, "EUR"), progress.Total);
    }

    [Theory]
    [InlineData(-48, 30 * 24 + 48)]
    [InlineData(0, 30 * 24)]
    [InlineData(30 * 24 - 1, 1)]
    [InlineData(30 * 24, 0)]
    [InlineData(30 * 24 + 5, 0)]
    public void The_remaining_time_runs_to_the_end_and_never_below_zero(int hoursAfterStart, int expectedHours)
    {
        var campaign = AmountCampaign("1000");

        var progress = CampaignProgress.Calculate(campaign, 0m, 0m, 0, CampaignSamples.Start.AddHours(hoursAfterStart));

        Assert.Equal(TimeSpan.FromHours(expectedHours), progress.RemainingTime);
    }

    [Fact]
    public void An_archived_campaign_has_no_remaining_time()
    {
        var campaign = AmountCampaign("1000");
        campaign.Archive(Utc.March(5));

        var progress = CampaignProgress.Calculate(campaign, 0m, 0m, 0, Utc.March(10));

        Assert.Equal(TimeSpan.Zero, progress.RemainingTime);
    }

    [Fact]
    public void The_current_phase_is_the_one_running_at_that_time()
    {
        var campaign = AmountCampaign("1000");
        var relaunch = campaign.AddPhase(CampaignSamples.Phase(Utc.March(29), Utc.March(31)));

        Assert.Same(relaunch, CampaignProgress.Calculate(campaign, 0m, 0m, 0, Utc.March(30)).CurrentPhase);
        Assert.Null(CampaignProgress.Calculate(campaign, 0m, 0m, 0, Utc.March(10)).CurrentPhase);
    }

    [Fact]
    public void Amounts_are_in_the_campaign_currency()
    {
        var campaign = CampaignSamples.Published(CampaignSamples.Details(goal: CampaignGoal.ForAmount(new Money(500m, "usd"))));

        var progress = CampaignProgress.Calculate(campaign, 10m, 5m, 1, Utc.March(10));

        Assert.Equal("USD", progress.Raised.Currency);
        Assert.Equal("USD", progress.Matched.Currency);
        Assert.Equal("USD", progress.Total.Currency);
    }
}
