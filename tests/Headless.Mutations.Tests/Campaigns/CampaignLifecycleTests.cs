using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Campaigns.CampaignMutationDocuments;

namespace Headless.Mutations.Tests.Campaigns;

public sealed class CampaignLifecycleTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task Publishing_a_draft_makes_it_live_for_everyone_and_is_audited()
    {
        var tenant = await Tenant.CreateAsync(host, published: false);
        var editor = tenant.As(MemberRole.Editor);
        Assert.Null((await host.DataAsync(Viewer.Anonymous, BySlug, SlugsOf(tenant)))["campaign"]);

        var campaign = (await host.DataAsync(editor, Publish, Change(tenant.CampaignId))).Succeeded("publishCampaign", "campaign");

        Assert.Equal("LIVE", campaign.Text("status"));
        Assert.Equal(tenant.Campaign.Version + 1, campaign["version"]!.GetValue<int>());
        var seen = (await host.DataAsync(Viewer.Anonymous, BySlug, SlugsOf(tenant)))["campaign"];
        Assert.Equal("LIVE", seen.Text("status"));
        await AuditAssert.WrittenAsync(host, "publishCampaign", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task Unpublishing_turns_the_campaign_back_into_a_draft_only_its_NGO_sees()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var campaign = (await host.DataAsync(editor, Unpublish, Change(tenant.CampaignId))).Succeeded("unpublishCampaign", "campaign");

        Assert.Equal("DRAFT", campaign.Text("status"));
        Assert.Null((await host.DataAsync(Viewer.Anonymous, BySlug, SlugsOf(tenant)))["campaign"]);
        Assert.Equal("DRAFT", (await host.DataAsync(tenant.As(MemberRole.Viewer), BySlug, SlugsOf(tenant)))["campaign"].Text("status"));
        await AuditAssert.WrittenAsync(host, "unpublishCampaign", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task An_archived_campaign_shows_as_archived_and_refuses_further_edits()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var archived = (await host.DataAsync(editor, Archive, Change(tenant.CampaignId))).Succeeded("archiveCampaign", "campaign");

        Assert.Equal("ARCHIVED", archived.Text("status"));
        Assert.Equal("ARCHIVED", (await host.DataAsync(Viewer.Anonymous, BySlug, SlugsOf(tenant)))["campaign"].Text("status"));
        await AuditAssert.WrittenAsync(host, "archiveCampaign", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
        var refused = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(editor, Unpublish, Change(tenant.CampaignId)));
        refused.Failed("unpublishCampaign", "campaign", "ARCHIVED");
    }

    [Fact]
    public async Task Archiving_again_changes_nothing_but_still_succeeds()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        var first = (await host.DataAsync(editor, Archive, Change(tenant.CampaignId))).Succeeded("archiveCampaign", "campaign");

        var again = (await host.DataAsync(editor, Archive, Change(tenant.CampaignId))).Succeeded("archiveCampaign", "campaign");

        Assert.Equal(first.Text("archivedAt"), again.Text("archivedAt"));
        Assert.Equal(first["version"]!.GetValue<int>(), again["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hashtags_are_replaced_as_a_whole_set()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var campaign = (await host.DataAsync(editor, SetHashtags, Hashtags(tenant.CampaignId, "#PerfectGift", "perfectgift", "WaterForAll")))
            .Succeeded("setCampaignHashtags", "campaign");

        Assert.Equal(["PerfectGift", "WaterForAll"], campaign["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()));
        await using var db = host.Db();
        Assert.Equal(2, await db.CampaignHashtags.CountAsync(h => h.CampaignId == tenant.Campaign.Id));
        await AuditAssert.WrittenAsync(host, "setCampaignHashtags", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData("#")]
    [InlineData("2026")]
    public async Task An_invalid_hashtag_names_the_hashtags_field(string hashtag)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), SetHashtags, Hashtags(tenant.CampaignId, "Fine", hashtag)));

        data.Failed("setCampaignHashtags", "campaign", "INVALID_HASHTAG", "input.hashtags");
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_are_forbidden_to_change_a_published_campaign(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);
        var viewer = role is { } r ? tenant.As(r) : Viewer.Anonymous;

        foreach (var (document, name) in new[] { (Unpublish, "unpublishCampaign"), (Archive, "archiveCampaign"), (Publish, "publishCampaign") })
        {
            var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, document, Change(tenant.CampaignId)));

            data.Failed(name, "campaign", "FORBIDDEN");
        }
    }

    private static object SlugsOf(Tenant tenant) => new { ngo = tenant.Ngo.Slug, slug = tenant.Campaign.Slug };
}
