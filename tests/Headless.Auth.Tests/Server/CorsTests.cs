using System.Net;
using Headless.Auth.Tests.Support;

namespace Headless.Auth.Tests.Server;

public sealed class CorsTests
{
    private const string FrontEnd = "https://app.example.org";

    [Fact]
    public async Task A_front_end_may_call_the_token_endpoint_from_the_browser()
    {
        await using var api = AuthApi.Start(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/connect/token");
        preflight.Headers.Add("Origin", FrontEnd);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await api.Browser().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_front_end_can_read_the_401_of_an_expired_token()
    {
        await using var api = AuthApi.Start(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });
        var client = api.WithToken("expired-or-forged");
        client.DefaultRequestHeaders.Add("Origin", FrontEnd);

        var outcome = await Campaigns.CreateAsync(client, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Unauthorized, outcome.Status);
        Assert.Equal(FrontEnd, outcome.Response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_graphql_answer_carries_the_cors_permission_exactly_once()
    {
        await using var api = AuthApi.Start(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });
        var ngo = await api.Data.NgoAsync();
        var client = api.Browser();
        client.DefaultRequestHeaders.Add("Origin", FrontEnd);

        var outcome = await Campaigns.CreateAsync(client, ngo.Id);

        Assert.Equal(HttpStatusCode.OK, outcome.Status);
        Assert.Equal([FrontEnd], outcome.Response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_permission()
    {
        await using var api = AuthApi.Start(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });
        var client = api.Browser();
        client.DefaultRequestHeaders.Add("Origin", "https://evil.example");

        var outcome = await Campaigns.CreateAsync(client, Guid.NewGuid());

        Assert.False(outcome.Response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
