using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Campaigns;

public sealed class DonationLinkTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Add = "mutation($input: AddDonationLinkInput!) { addDonationLink(input: $input) { donationLink { id platform url label campaign { id version } } " + Documents.Errors + " } }";

    private const string Remove = "mutation($input: RemoveDonationLinkInput!) { removeDonationLink(input: $input) { campaign { id donationLinks { totalCount } } " + Documents.Errors + " } }";

    [Fact]
    public async Task An_editor_adds_a_link_to_a_donation_platform()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var link = (await host.DataAsync(editor, Add, AddInput(tenant.CampaignId, "https://www.helloasso.com/associations/sahel/formulaires/1")))
            .Succeeded("addDonationLink", "donationLink");

        Assert.Equal(("HELLOASSO", "Give on HelloAsso"), (link.Text("platform"), link.Text("label")));
        Assert.Equal(tenant.CampaignId, link["campaign"].Text("id"));
        var linkId = GlobalId.DecodeFor("DonationLink", link.Text("id"))!.Value;
        await using var db = host.Db();
        Assert.Equal(DonationPlatform.Helloasso, (await db.DonationLinks.SingleAsync(l => l.Id == linkId)).Platform);
        await AuditAssert.WrittenAsync(host, "addDonationLink", "DonationLink", linkId, tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData("ftp://example.org/give", "INVALID_URL")]
    [InlineData(" ", "REQUIRED")]
    public async Task A_link_needs_an_http_url(string url, string code)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), Add, AddInput(tenant.CampaignId, url)));

        data.Failed("addDonationLink", "donationLink", code, "input.url");
    }

    [Fact]
    public async Task Removing_a_link_deletes_it_and_returns_the_campaign()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        var added = (await host.DataAsync(editor, Add, AddInput(tenant.CampaignId, "https://example.org/give"))).Succeeded("addDonationLink", "donationLink");

        var campaign = (await host.DataAsync(editor, Remove, new { input = new { linkId = added.Text("id") } })).Succeeded("removeDonationLink", "campaign");

        Assert.Equal(0, campaign["donationLinks"]!["totalCount"]!.GetValue<int>());
        var linkId = GlobalId.DecodeFor("DonationLink", added.Text("id"))!.Value;
        await AuditAssert.WrittenAsync(host, "removeDonationLink", "DonationLink", linkId, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task An_unknown_link_is_not_found()
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Remove, new { input = new { linkId = GlobalId.Encode("DonationLink", Guid.NewGuid()) } }));

        data.Failed("removeDonationLink", "campaign", "NOT_FOUND");
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_may_not_add_links(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            role is { } r ? tenant.As(r) : Viewer.Anonymous, Add, AddInput(tenant.CampaignId, "https://example.org/give")));

        data.Failed("addDonationLink", "donationLink", "FORBIDDEN");
    }

    private static object AddInput(string campaignId, string url) =>
        new { input = new { campaignId, platform = "HELLOASSO", url, label = "Give on HelloAsso" } };
}
