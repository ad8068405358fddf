using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.Support;

/// <summary>A test's own NGO with one of its campaigns, and viewers holding each role in it.</summary>
public sealed record Tenant(Ngo Ngo, Campaign Campaign)
{
    public string CampaignId => GlobalId.Encode("Campaign", Campaign.Id);

    /// <summary>A fresh user with <paramref name="role"/> in the NGO (no row needed: the viewer is what the schema sees).</summary>
    public Viewer As(MemberRole role) => AccessData.ViewerOf(Guid.NewGuid(), (Ngo.Id, role));

    public static async Task<Tenant> CreateAsync(AccessHost host, bool published = true, int tiers = 0, int phases = 0)
    {
        ArgumentNullException.ThrowIfNull(host);
        var ngo = await host.Data.NgoAsync();
        var campaign = await host.Data.CampaignAsync(ngo, phases: phases, tiers: tiers, published: published);
        return new Tenant(ngo, campaign);
    }
}
