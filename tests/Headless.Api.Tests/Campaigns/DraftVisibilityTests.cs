using Headless.Api.Tests.Infrastructure;
using Headless.GraphQL.Relay;

namespace Headless.Api.Tests.Campaigns;

/// <summary>
/// An unpublished campaign is private to its NGO: an anonymous caller must not find it through any
/// root field, list or global id, and unpublished updates of a public campaign stay hidden too.
/// </summary>
public sealed class DraftVisibilityTests
{
    [Fact]
    public async Task A_draft_is_invisible_to_anonymous_callers_everywhere()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var published = await api.Data.CampaignAsync(ngo, hashtag: "SharedTag");
        var draft = await api.Data.CampaignAsync(ngo, published: false, hashtag: "SharedTag");
        string publishedId = GlobalId.Encode("Campaign", published.Id), draftId = GlobalId.Encode("Campaign", draft.Id);

        var data = await api.CreateClient().QueryAsync(
            """
            query($ngo: String!, $draft: String!, $draftId: ID!, $ids: [ID!]!) {
              campaign(ngoSlug: $ngo, slug: $draft) { id }
              byNgo: campaigns(filter: { ngoSlug: $ngo }) { totalCount nodes { id } }
              byTag: campaigns(filter: { hashtag: "SharedTag" }) { totalCount nodes { id } }
              drafts: campaigns(filter: { ngoSlug: $ngo, status: [DRAFT] }) { totalCount }
              ngo(slug: $ngo) { campaigns { totalCount nodes { id } } }
              node(id: $draftId) { id }
              nodes(ids: $ids) { id }
            }
            """,
            new { ngo = ngo.Slug, draft = draft.Slug, draftId, ids = new[] { draftId, publishedId } });

        Assert.Null(data["campaign"]);
        foreach (var list in new[] { data["byNgo"], data["byTag"], data["ngo"]!["campaigns"] })
        {
            Assert.Equal(1, list!["totalCount"]!.GetValue<int>());
            Assert.Equal([publishedId], CampaignPageAssertions.Strings(list["nodes"], "id"));
        }

        Assert.Equal(0, data["drafts"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["node"]);
        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(2, nodes.Count);
        Assert.Null(nodes[0]);
        Assert.Equal(publishedId, nodes[1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_children_of_a_draft_are_invisible_through_their_global_ids()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var draft = await api.Data.CampaignAsync(ngo, phases: 1, tiers: 1, published: false);
        var donation = await api.Data.DonationAsync(draft, 10m);
        var update = await api.Data.UpdateAsync(draft, "Soon", "Coming soon.", api.Data.Now, api.Data.Now);
        var expense = await api.Data.ExpenseAsync(draft, "Food", "Meals", 5m, api.Data.Now);
        string[] ids =
        [
            GlobalId.Encode("CampaignPhase", draft.Phases[0].Id),
            GlobalId.Encode("Donation", donation.Id),
            GlobalId.Encode("ProgressUpdate", update.Id),
            GlobalId.Encode("ExpenseLine", expense.Id),
        ];

        var data = await api.CreateClient().QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.All(data["nodes"]!.AsArray(), Assert.Null);
    }

    [Fact]
    public async Task Unpublished_updates_of_a_public_campaign_stay_hidden()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo);
        var shown = await api.Data.UpdateAsync(campaign, "Out now", "Published.", now.AddDays(-1), now.AddDays(-1));
        var hidden = await api.Data.UpdateAsync(campaign, "Draft", "Not yet.", now.AddHours(-1), publishedAt: null);

        var data = await api.CreateClient().QueryAsync(
            """
            query($ngo: String!, $slug: String!, $hidden: ID!) {
              campaign(ngoSlug: $ngo, slug: $slug) { updates { totalCount nodes { title publishedAt } } }
              node(id: $hidden) { id }
            }
            """,
            new { ngo = ngo.Slug, slug = campaign.Slug, hidden = GlobalId.Encode("ProgressUpdate", hidden.Id) });

        var updates = data["campaign"]!["updates"]!;
        Assert.Equal(1, updates["totalCount"]!.GetValue<int>());
        Assert.Equal([shown.Title], CampaignPageAssertions.Strings(updates["nodes"], "title"));
        Assert.Null(data["node"]);
    }
}
