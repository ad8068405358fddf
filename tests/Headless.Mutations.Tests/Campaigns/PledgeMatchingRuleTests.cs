using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Campaigns;

// The test campaigns run from 2026-05-27T12:00Z to 2026-06-11T12:00Z, in EUR.
public sealed class PledgeMatchingRuleTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Rule = "matchingRule { sponsorName perRetweet { amount currency } perReply { amount } perQuote { amount } cap { amount } oncePerAuthor startsAt endsAt }";

    private const string Set = "mutation($input: SetPledgeMatchingRuleInput!) { setPledgeMatchingRule(input: $input) { campaign { id " + Rule + " } " + Documents.Errors + " } }";

    private const string Clear = "mutation($input: ClearPledgeMatchingRuleInput!) { clearPledgeMatchingRule(input: $input) { campaign { id " + Rule + " } " + Documents.Errors + " } }";

    [Fact]
    public async Task An_editor_sets_every_field_of_the_pledge_exactly()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var rule = (await host.DataAsync(editor, Set, SetInput(tenant.CampaignId))).Succeeded("setPledgeMatchingRule", "campaign")["matchingRule"]!;

        Assert.Equal("Fondation Lumière", rule.Text("sponsorName"));
        Assert.Equal(("1.00", "EUR"), (rule["perRetweet"].Text("amount"), rule["perRetweet"].Text("currency")));
        Assert.Equal(("0.50", "0.00", "10000.00"), (rule["perReply"].Text("amount"), rule["perQuote"].Text("amount"), rule["cap"].Text("amount")));
        Assert.True(rule["oncePerAuthor"]!.GetValue<bool>());
        Assert.Equal(("2026-05-28T00:00:00Z", "2026-06-10T00:00:00Z"), (rule.Text("startsAt"), rule.Text("endsAt")));
        await using var db = host.Db();
        var stored = (await db.Campaigns.SingleAsync(c => c.Id == tenant.Campaign.Id)).MatchingRule!;
        Assert.Equal((1m, 0.5m, 10_000m), (stored.PerRetweet, stored.PerReply, stored.Cap));
        await AuditAssert.WrittenAsync(host, "setPledgeMatchingRule", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData("2026-05-20T00:00:00Z", "2026-06-01T00:00:00Z", "1", "10000", "OUTSIDE_CAMPAIGN", "input.startsAt")]
    [InlineData("2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z", "1", "10000", "OUTSIDE_CAMPAIGN", "input.endsAt")]
    [InlineData("2026-06-01T00:00:00Z", "2026-06-05T00:00:00Z", "1", "0", "NOT_POSITIVE", "input.cap")]
    [InlineData("2026-06-01T00:00:00Z", "2026-06-05T00:00:00Z", "-1", "10000", "NEGATIVE", "input.perRetweet")]
    public async Task A_broken_pledge_rule_names_its_field(string startsAt, string endsAt, string perRetweet, string cap, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Set, SetInput(tenant.CampaignId, startsAt, endsAt, perRetweet, cap)));

        data.Failed("setPledgeMatchingRule", "campaign", code, field);
    }

    [Fact]
    public async Task Clearing_the_pledge_removes_it()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        (await host.DataAsync(editor, Set, SetInput(tenant.CampaignId))).Succeeded("setPledgeMatchingRule", "campaign");

        var campaign = (await host.DataAsync(editor, Clear, new { input = new { campaignId = tenant.CampaignId } })).Succeeded("clearPledgeMatchingRule", "campaign");

        Assert.Null(campaign["matchingRule"]);
        await using var db = host.Db();
        Assert.Null((await db.Campaigns.SingleAsync(c => c.Id == tenant.Campaign.Id)).MatchingRule);
        await AuditAssert.WrittenAsync(host, "clearPledgeMatchingRule", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_may_not_set_a_pledge(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(role is { } r ? tenant.As(r) : Viewer.Anonymous, Set, SetInput(tenant.CampaignId)));

        data.Failed("setPledgeMatchingRule", "campaign", "FORBIDDEN");
    }

    private static object SetInput(
        string campaignId, string startsAt = "2026-05-28T00:00:00Z", string endsAt = "2026-06-10T00:00:00Z", string perRetweet = "1", string cap = "10000") => new
    {
        input = new { campaignId, sponsorName = "Fondation Lumière", perRetweet, perReply = "0.50", cap, oncePerAuthor = true, startsAt, endsAt },
    };
}
