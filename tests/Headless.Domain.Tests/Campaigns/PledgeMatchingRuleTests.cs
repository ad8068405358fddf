using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class PledgeMatchingRuleTests
{
    [Fact]
    public void Create_keeps_the_sponsor_terms()
    {
        var rule = PledgeMatchingRule.Create(CampaignSamples.Pledge(Utc.March(5), Utc.March(25), 1m, 2m, 0.5m, 10_000m, true, " Generous Bank "));

        Assert.Equal("Generous Bank", rule.SponsorName);
        Assert.Equal(1m, rule.AmountFor(EngagementKind.Retweet));
        Assert.Equal(2m, rule.AmountFor(EngagementKind.Reply));
        Assert.Equal(0.5m, rule.AmountFor(EngagementKind.Quote));
        Assert.Equal(10_000m, rule.Cap);
        Assert.True(rule.OncePerAuthor);
        Assert.Equal(Utc.March(5), rule.StartsAt);
        Assert.Equal(Utc.March(25), rule.EndsAt);
    }

    [Theory]
    [InlineData("-1", "0", "0", "10", "perRetweet", "NEGATIVE")]
    [InlineData("1", "-0.01", "0", "10", "perReply", "NEGATIVE")]
    [InlineData("1", "0", "-1", "10", "perQuote", "NEGATIVE")]
    [InlineData("0", "0", "0", "10", "perRetweet", "NOTHING_PLEDGED")]
    [InlineData("1", "0", "0", "0", "cap", "NOT_POSITIVE")]
    [InlineData("1", "0", "0", "-5", "cap", "NOT_POSITIVE")]
    public void Amounts_and_cap_are_checked(string perRetweet, string perReply, string perQuote, string cap, string field, string code)
    {
        var details = CampaignSamples.Pledge(
            perRetweet: Numbers.Dec(perRetweet),
            perReply: Numbers.Dec(perReply),
            perQuote: Numbers.Dec(perQuote),
            cap: Numbers.Dec(cap));

        DomainAssert.Broken(() => PledgeMatchingRule.Create(details), field, code);
    }

    [Fact]
    public void A_sponsor_is_required()
    {
        DomainAssert.Broken(() => PledgeMatchingRule.Create(CampaignSamples.Pledge(sponsor: " ")), "sponsorName", "REQUIRED");
    }

    [Fact]
    public void The_window_must_end_after_it_starts()
    {
        DomainAssert.Broken(() => PledgeMatchingRule.Create(CampaignSamples.Pledge(Utc.March(5), Utc.March(5))), "endsAt", "INVALID_WINDOW");
    }

    [Fact]
    public void The_window_includes_its_start_and_excludes_its_end()
    {
        var rule = PledgeMatchingRule.Create(CampaignSamples.Pledge(Utc.March(5), Utc.March(25)));

        Assert.False(rule.IsInWindow(Utc.March(5).AddTicks(-1)));
        Assert.True(rule.IsInWindow(Utc.March(5)));
        Assert.True(rule.IsInWindow(Utc.March(25).AddTicks(-1)));
        Assert.False(rule.IsInWindow(Utc.March(25)));
    }
}
