using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Campaigns.CampaignMutationDocuments;

namespace Headless.Mutations.Tests.Campaigns;

public sealed class CampaignTargetingTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task A_stale_expected_version_is_a_version_conflict_and_changes_nothing()
    {
        var tenant = await Tenant.CreateAsync(host, published: false);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Publish, Change(tenant.CampaignId, expectedVersion: tenant.Campaign.Version - 1)));

        data.Failed("publishCampaign", "campaign", "VERSION_CONFLICT");
    }

    [Fact]
    public async Task The_current_expected_version_is_accepted()
    {
        var tenant = await Tenant.CreateAsync(host, published: false);

        var data = await host.DataAsync(tenant.As(MemberRole.Editor), Publish, Change(tenant.CampaignId, expectedVersion: tenant.Campaign.Version));

        Assert.Equal("LIVE", data.Succeeded("publishCampaign", "campaign").Text("status"));
    }

    [Fact]
    public async Task Another_NGOs_draft_is_not_found_rather_than_forbidden()
    {
        var tenant = await Tenant.CreateAsync(host, published: false);
        var other = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(other.As(MemberRole.Owner), Publish, Change(tenant.CampaignId)));

        data.Failed("publishCampaign", "campaign", "NOT_FOUND");
    }

    [Fact]
    public async Task An_unknown_campaign_is_not_found_and_a_malformed_id_names_the_field()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        (await host.DataAsync(editor, Publish, Change(GlobalId.Encode("Campaign", Guid.NewGuid())))).Failed("publishCampaign", "campaign", "NOT_FOUND");
        (await host.DataAsync(editor, Publish, Change(GlobalId.Encode("Ngo", tenant.Ngo.Id)))).Failed("publishCampaign", "campaign", "INVALID_ID", "input.campaignId");
        (await host.DataAsync(editor, Publish, Change("garbage"))).Failed("publishCampaign", "campaign", "INVALID_ID", "input.campaignId");
    }

    [Fact]
    public async Task Campaign_validation_errors_point_into_the_nested_campaign_input()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var created = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(editor, Create, new
        {
            input = new { ngoId = GlobalId.Encode("Ngo", tenant.Ngo.Id), campaign = CampaignInput(TestData.Unique("c-"), "  ") },
        }));
        var updated = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(editor, Update, new
        {
            input = new { campaignId = tenant.CampaignId, campaign = CampaignInput(tenant.Campaign.Slug, "Renamed", currency: "EURO") },
        }));

        created.Failed("createCampaign", "campaign", "REQUIRED", "input.campaign.title");
        updated.Failed("updateCampaign", "campaign", "INVALID_CURRENCY", "input.campaign.goal.currency");
    }
}
