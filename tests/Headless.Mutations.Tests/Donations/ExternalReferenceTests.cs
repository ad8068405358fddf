using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.Donations;

/// <summary>The platform's reference of a donation is private to the NGO's members.</summary>
public sealed class ExternalReferenceTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Query = "query($id: ID!) { node(id: $id) { ... on Donation { externalReference amount { amount } } } }";

    [Fact]
    public async Task Members_with_any_role_see_the_external_reference()
    {
        var tenant = await Tenant.CreateAsync(host);
        var donation = await host.Data.RecordDonationAsync(tenant.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1));

        var node = (await host.DataAsync(tenant.As(MemberRole.Viewer), Query, new { id = GlobalId.Encode("Donation", donation.Id) }))["node"];

        Assert.Equal(donation.ExternalReference, node.Text("externalReference"));
    }

    [Fact]
    public async Task Anonymous_callers_and_other_NGOs_see_the_donation_without_its_reference()
    {
        var tenant = await Tenant.CreateAsync(host);
        var other = await Tenant.CreateAsync(host);
        var donation = await host.Data.RecordDonationAsync(tenant.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1));

        foreach (var viewer in new[] { Viewer.Anonymous, other.As(MemberRole.Owner) })
        {
            var node = (await host.DataAsync(viewer, Query, new { id = GlobalId.Encode("Donation", donation.Id) }))["node"];

            Assert.Equal("30.00", node!["amount"].Text("amount"));
            Assert.Null(node["externalReference"]);
        }
    }
}
