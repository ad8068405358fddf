using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.RateLimiting;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task Graphql_answers_429_with_retry_after_once_a_caller_spent_its_budget()
    {
        await using var api = AuthApi.Start(new() { ["RateLimiting:GraphQL:PermitLimit"] = "2", ["RateLimiting:GraphQL:Window"] = "00:10:00" });
        var ngo = await api.Data.NgoAsync();
        var browser = api.Browser();

        var first = await Campaigns.CreateAsync(browser, ngo.Id);
        var second = await Campaigns.CreateAsync(browser, ngo.Id);
        var third = await Campaigns.CreateAsync(browser, ngo.Id);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        var retryAfter = int.Parse(third.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal("RATE_LIMITED", third.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("application/json", third.Response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Each_partner_client_has_a_graphql_budget_of_its_own()
    {
        await using var api = AuthApi.Start(new() { ["RateLimiting:GraphQL:PermitLimit"] = "1", ["RateLimiting:GraphQL:Window"] = "00:10:00" });
        var ngo = await api.Data.NgoAsync();
        var busy = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Editor);
        var quiet = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Editor);
        var busyClient = api.WithToken((await api.ClientCredentialsAsync(busy.Client.ClientId, busy.ClientSecret!)).AccessToken);
        var quietClient = api.WithToken((await api.ClientCredentialsAsync(quiet.Client.ClientId, quiet.ClientSecret!)).AccessToken);

        var busyFirst = await Campaigns.CreateAsync(busyClient, ngo.Id);
        var busySecond = await Campaigns.CreateAsync(busyClient, ngo.Id);
        var quietFirst = await Campaigns.CreateAsync(quietClient, ngo.Id);

        Assert.Equal(HttpStatusCode.OK, busyFirst.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, busySecond.Status);
        Assert.Equal(HttpStatusCode.OK, quietFirst.Status);
        Assert.Empty(quietFirst.ErrorCodes);
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_with_an_oauth_style_body()
    {
        await using var api = AuthApi.Start(new() { ["RateLimiting:Token:PermitLimit"] = "2", ["RateLimiting:Token:Window"] = "00:10:00" });
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);

        var first = await api.ClientCredentialsAsync(partner.Client.ClientId, "wrong");
        var second = await api.ClientCredentialsAsync(partner.Client.ClientId, "wrong");
        var third = await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!);

        Assert.Equal("invalid_client", first.Error);
        Assert.Equal("invalid_client", second.Error);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal("rate_limited", third.Error);
        Assert.InRange(third.Body["retry_after"]!.GetValue<int>(), 1, 600);
    }

    [Fact]
    public async Task Other_endpoints_are_not_limited()
    {
        await using var api = AuthApi.Start(new() { ["RateLimiting:Token:PermitLimit"] = "1", ["RateLimiting:GraphQL:PermitLimit"] = "1" });
        var browser = api.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await browser.GetAsync("/.well-known/openid-configuration");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
