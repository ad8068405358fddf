using Headless.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Headless.Api.Tests.Ngos;

/// <summary>The public NGO page: its staircase of accounts with amplification, its campaigns and its feed.</summary>
public sealed class NgoPageTests
{
    [Fact]
    public async Task The_NGO_page_matches_its_reviewed_snapshot()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await NgoPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(NgoPageScenario.Query, NgoPageScenario.Variables);

        Snapshot.Match(PageSnapshot.Format(data), PageSnapshot.IgnoreIds);
    }

    [Fact]
    public async Task The_NGO_page_walks_the_staircase_and_counts_hub_amplification()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await NgoPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(NgoPageScenario.Query, NgoPageScenario.Variables);

        NgoPageAssertions.ShowsTheScenario(data["ngo"]);
    }

    [Fact]
    public async Task An_unknown_NGO_slug_reads_as_null()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await NgoPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(NgoPageScenario.Query, new { slug = "no-such-ngo" });

        Assert.Null(data["ngo"]);
    }
}
