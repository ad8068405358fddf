using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Ngos;

namespace Headless.Api.Tests.Pagination;

/// <summary>An NGO with campaigns C00, C01... starting one hour apart, and the query that pages them by start.</summary>
public static class PagedCampaigns
{
    public const string Query = """
        query($ngo: String!, $first: Int, $after: String, $last: Int, $before: String) {
          campaigns(filter: { ngoSlug: $ngo }, order: { field: STARTS_AT, direction: ASC }, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { title } }
          }
        }
        """;

    public static async Task<Ngo> CreateAsync(TestData data, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ngo = await data.NgoAsync();
        for (var i = 0; i < count; i++)
        {
            var startsAt = data.Now.AddDays(-30).AddHours(i);
            await data.CampaignAsync(ngo.Id, CampaignSamples.Details(startsAt, data.Now.AddDays(30), $"C{i:00}"), c => c.Publish(startsAt));
        }

        return ngo;
    }
}
