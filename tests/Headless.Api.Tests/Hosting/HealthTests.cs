using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Hosting;

/// <summary>The load balancers' probe.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        await using var api = HeadlessApiFactory.OnSqlite();

        using var response = await api.CreateClient().GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body!["status"]!.GetValue<string>());
    }
}
