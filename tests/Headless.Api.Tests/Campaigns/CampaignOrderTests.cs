using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Campaigns;

/// <summary>Campaign lists come in a stable order: newest start first by default, or as asked.</summary>
public sealed class CampaignOrderTests
{
    [Theory]
    [InlineData(null, null, new[] { "Bravo", "Charlie", "Alpha" })]
    [InlineData("STARTS_AT", "ASC", new[] { "Alpha", "Charlie", "Bravo" })]
    [InlineData("ENDS_AT", "DESC", new[] { "Alpha", "Bravo", "Charlie" })]
    [InlineData("ENDS_AT", "ASC", new[] { "Charlie", "Bravo", "Alpha" })]
    [InlineData("TITLE", "ASC", new[] { "Alpha", "Bravo", "Charlie" })]
    [InlineData("TITLE", "DESC", new[] { "Charlie", "Bravo", "Alpha" })]
    public async Task Campaigns_come_in_the_asked_order(string? field, string? direction, string[] titles)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-9), now.AddDays(30), "Alpha"), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(20), "Bravo"), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-5), now.AddDays(10), "Charlie"), c => c.Publish(now));
        var order = field is null ? null : new { field, direction };

        var nodes = (await api.CreateClient().QueryAsync(
            "query($ngo: String!, $order: CampaignOrder) { campaigns(filter: { ngoSlug: $ngo }, order: $order) { nodes { title } } }",
            new { ngo = ngo.Slug, order }))["campaigns"]!["nodes"];

        Assert.Equal(titles, CampaignPageAssertions.Strings(nodes, "title"));
    }
}
