using Headless.Api.Tests.Infrastructure;
using Headless.Testing;

namespace Headless.Api.Tests.Ngos;

/// <summary>The NGO page on PostgreSQL, where amplification is grouped and counted in the database.</summary>
[Collection(SharedPostgres.Name)]
public sealed class NgoPagePostgresTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task The_NGO_page_walks_the_staircase_and_counts_hub_amplification_on_PostgreSQL()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        await NgoPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(NgoPageScenario.Query, NgoPageScenario.Variables);

        NgoPageAssertions.ShowsTheScenario(data["ngo"]);
    }
}
