using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.PrivateFields.PrivateFieldCases;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>What only the NGO's members (VIEWER and up) see of its campaigns: drafts, draft updates and donors' platform references.</summary>
internal static class DraftFieldCases
{
    public static IEnumerable<KeyValuePair<string, PrivateFieldCase>> All()
    {
        yield return new("Donation.externalReference", new(Need.Viewer, async t =>
        {
            var campaign = await t.CampaignAsync();
            var donation = await t.DonationAsync(campaign);
            var id = NodeId.Of("Donation", donation.Id);
            return new PrivateProbe(
                "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { donations { nodes { id externalReference } } } }",
                new { ngo = t.Ngo.Slug, slug = campaign.Slug },
                data => Find(data["campaign"]?["donations"]?["nodes"], id) is { } row
                    ? ShownIf(row["externalReference"]?.GetValue<string>() == donation.ExternalReference, row["externalReference"] is null)
                    : Visibility.Inconsistent);
        }));

        yield return new("Campaign.updates", new(Need.Viewer, async t =>
        {
            var campaign = await t.CampaignAsync();
            var draft = NodeId.Of("ProgressUpdate", (await t.UpdateAsync(campaign, published: false)).Id);
            var published = NodeId.Of("ProgressUpdate", (await t.UpdateAsync(campaign, published: true)).Id);
            return new PrivateProbe(
                "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { updates { nodes { id title body } } } }",
                new { ngo = t.Ngo.Slug, slug = campaign.Slug },
                data =>
                {
                    var nodes = data["campaign"]?["updates"]?["nodes"];
                    return Find(nodes, published) is null ? Visibility.Inconsistent : ShownIf(Find(nodes, draft) is not null, Count(nodes) == 1);
                });
        }));

        yield return new("Query.campaign", new(Need.Viewer, async t =>
        {
            var draft = await t.CampaignAsync(published: false);
            return new PrivateProbe(
                "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { id title status } }",
                new { ngo = t.Ngo.Slug, slug = draft.Slug },
                data => ShownIf(data["campaign"]?["status"]?.GetValue<string>() == "DRAFT", data["campaign"] is null));
        }));

        yield return new("Query.campaigns", new(Need.Viewer, async t =>
        {
            var id = NodeId.Of("Campaign", (await t.CampaignAsync(published: false)).Id);
            return new PrivateProbe(
                "query($ngo: String!) { campaigns(filter: { ngoSlug: $ngo, status: [DRAFT] }) { totalCount nodes { id } } }",
                new { ngo = t.Ngo.Slug },
                data => ShownIf(Find(data["campaigns"]?["nodes"], id) is not null, data["campaigns"]?["totalCount"]?.GetValue<int>() == 0));
        }));

        yield return new("Ngo.campaigns", new(Need.Viewer, async t =>
        {
            var id = NodeId.Of("Campaign", (await t.CampaignAsync(published: false)).Id);
            return new PrivateProbe(
                "query($ngo: String!) { ngo(slug: $ngo) { campaigns(filter: { status: [DRAFT] }) { totalCount nodes { id } } } }",
                new { ngo = t.Ngo.Slug },
                data => ShownIf(Find(data["ngo"]?["campaigns"]?["nodes"], id) is not null, data["ngo"]?["campaigns"]?["totalCount"]?.GetValue<int>() == 0));
        }));

        yield return new("Query.node(Campaign draft)", new(Need.Viewer, async t =>
            NodeProbe("Campaign", NodeId.Of("Campaign", (await t.CampaignAsync(published: false)).Id), "title status")));

        // "Null while a draft": a draft update, publishedAt and all, exists only for the NGO's members.
        yield return new("ProgressUpdate.publishedAt", new(Need.Viewer, async t =>
        {
            var id = NodeId.Of("ProgressUpdate", (await t.UpdateAsync(await t.CampaignAsync(), published: false)).Id);
            return new PrivateProbe(
                "query($id: ID!) { node(id: $id) { id ... on ProgressUpdate { title body publishedAt } } }",
                new { id },
                data => ShownIf(data["node"]?["id"]?.GetValue<string>() == id && data["node"]!["publishedAt"] is null, data["node"] is null));
        }));
    }
}
