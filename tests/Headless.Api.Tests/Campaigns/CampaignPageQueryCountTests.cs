using Xunit.Abstractions;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;

namespace Headless.Api.Tests.Campaigns;

/// <summary>
/// The N+1 guard: a page of campaigns with their NGO, its accounts, tiers and phases costs a small,
/// constant number of SQL commands, whatever the page size.
/// </summary>
public sealed class CampaignPageQueryCountTests(ITestOutputHelper output)
{
    private const string PageQuery = """
        query Page($ngo: String!, $first: Int!) {
          campaigns(first: $first, filter: { ngoSlug: $ngo }) {
            totalCount
            nodes {
              title status hashtags
              ngo { name accounts(first: 50) { nodes { handle role } } }
              tiers { nodes { name availability minimumAmount { amount currency } presets { amount } } }
              phases { nodes { name startsAt } }
              progress { raised { amount } donorCount percentage }
            }
          }
        }
        """;

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task A_page_of_campaigns_costs_the_same_number_of_SQL_commands_whatever_its_size(int pageSize)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var client = api.CreateClient();
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, AccountRole.Hub);
        await api.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        for (var i = 0; i < 50; i++)
        {
            await api.Data.CampaignAsync(ngo, phases: 2, tiers: 3);
        }

        // Warm the host (migrations, caches) before counting.
        await client.QueryAsync(PageQuery, new { ngo = ngo.Slug, first = 1 });
        api.SqlCommands.Reset();

        var data = await client.QueryAsync(PageQuery, new { ngo = ngo.Slug, first = pageSize });

        output.WriteLine($"{api.SqlCommands.Count} SQL commands for a page of {pageSize} campaigns");
        var nodes = data["campaigns"]!["nodes"]!.AsArray();
        Assert.Equal(pageSize, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(3, n!["tiers"]!["nodes"]!.AsArray().Count));
        Assert.All(nodes, n => Assert.Equal(2, n!["phases"]!["nodes"]!.AsArray().Count));
        Assert.All(nodes, n => Assert.Equal(2, n!["ngo"]!["accounts"]!["nodes"]!.AsArray().Count));
        Assert.True(api.SqlCommands.Count <= MaxCommands, $"{api.SqlCommands.Count} SQL commands for {pageSize} campaigns:\n{string.Join("\n---\n", api.SqlCommands.CommandTexts)}");
    }

    // Page (campaigns + hashtags + phases + links as split queries), count, NGOs, accounts, tiers,
    // currencies, donation totals, pledge totals: independent of the page size.
    private const int MaxCommands = 12;
}
