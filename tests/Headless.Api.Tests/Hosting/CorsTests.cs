using System.Net.Http.Json;
using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Hosting;

/// <summary>Only the configured front ends may call the API from a browser, and never with credentials.</summary>
public sealed class CorsTests
{
    private const string FrontEnd = "https://front.example.org";

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_allowed()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });

        using var response = await api.CreateClient().SendAsync(Preflight(FrontEnd));

        Assert.True(response.IsSuccessStatusCode, $"Preflight answered {response.StatusCode}");
        Assert.Equal([FrontEnd], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_allow_origin_header()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });

        using var response = await api.CreateClient().SendAsync(Preflight("https://evil.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_from_an_allowed_origin_gets_the_allow_origin_header()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["Cors:AllowedOrigins:0"] = FrontEnd });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ ngos { totalCount } }" }) };
        request.Headers.Add("Origin", FrontEnd);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal([FrontEnd], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
