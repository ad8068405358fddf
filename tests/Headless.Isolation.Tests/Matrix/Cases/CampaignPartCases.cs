using Headless.Domain.Campaigns;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.Cases.CampaignCases;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>The parts of a campaign: relaunch phases, donation links and the sponsor's pledge (EDITOR).</summary>
internal static class CampaignPartCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] phases = [typeof(CampaignPhase)];
        Type[] links = [typeof(DonationLink)];
        Type[] campaigns = [typeof(Campaign)];

        yield return Case("addCampaignPhase", Need.Editor, phases, async t =>
        {
            var campaign = await t.CampaignAsync();
            return new { campaignId = Id(campaign), phase = Phase("Relaunch", campaign.StartsAt.AddDays(1), campaign.StartsAt.AddDays(3)) };
        });

        yield return Case("updateCampaignPhase", Need.Editor, phases, async t =>
        {
            var campaign = await t.CampaignAsync(shape: WithPhase);
            return new { phaseId = PhaseId(campaign), phase = Phase("Final push", campaign.StartsAt.AddDays(2), campaign.StartsAt.AddDays(4)) };
        });

        yield return Case("removeCampaignPhase", Need.Editor, phases, async t => new { phaseId = PhaseId(await t.CampaignAsync(shape: WithPhase)) });

        yield return Case("addDonationLink", Need.Editor, links, async t =>
            new { campaignId = Id(await t.CampaignAsync()), platform = "HELLOASSO", url = "https://www.helloasso.com/associations/wells", label = "Give" });

        yield return Case("removeDonationLink", Need.Editor, links, async t =>
        {
            var campaign = await t.CampaignAsync(shape: c => c.AddDonationLink(DonationPlatform.Paypal, "https://www.paypal.com/donate/wells", null));
            return new { linkId = NodeId.Of("DonationLink", campaign.DonationLinks[0].Id) };
        });

        yield return Case("setPledgeMatchingRule", Need.Editor, campaigns, async t =>
        {
            var campaign = await t.CampaignAsync();
            return new
            {
                campaignId = Id(campaign),
                sponsorName = "Orange Foundation",
                perRetweet = "1",
                perReply = "0.50",
                cap = "10000",
                startsAt = campaign.StartsAt,
                endsAt = campaign.EndsAt,
            };
        });

        yield return Case("clearPledgeMatchingRule", Need.Editor, campaigns, async t =>
        {
            var campaign = await t.CampaignAsync(shape: c => c.SetMatchingRule(
                new PledgeMatchingRuleDetails("Orange Foundation", 1m, 0m, 0m, 10000m, false, c.StartsAt, c.EndsAt)));
            return new { campaignId = Id(campaign) };
        });
    }

    private static void WithPhase(Campaign campaign) =>
        campaign.AddPhase(new PhaseDetails("Launch", campaign.StartsAt, campaign.StartsAt.AddDays(1), "We start today!"));

    private static string PhaseId(Campaign campaign) => NodeId.Of("CampaignPhase", campaign.Phases[0].Id);

    private static object Phase(string name, DateTime startsAt, DateTime endsAt) =>
        new { name, startsAt, endsAt, relaunchMessage = "Every retweet counts." };
}
