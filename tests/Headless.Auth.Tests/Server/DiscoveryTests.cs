using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Auth.Tests.Support;

namespace Headless.Auth.Tests.Server;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task The_discovery_document_lists_the_endpoints_grants_and_scopes()
    {
        await using var api = AuthApi.Start();

        var discovery = await api.Browser().GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration");

        Assert.NotNull(discovery);
        Assert.Equal("http://localhost/connect/token", discovery["token_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/authorize", discovery["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/introspect", discovery["introspection_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/revoke", discovery["revocation_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/logout", discovery["end_session_endpoint"]!.GetValue<string>());
        var grants = discovery["grant_types_supported"]!.AsArray().Select(g => g!.GetValue<string>()).ToList();
        Assert.Contains("client_credentials", grants);
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.DoesNotContain("password", grants);
        var scopes = discovery["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Contains("api", scopes);
        Assert.Contains("offline_access", scopes);
        Assert.Equal(["S256"], discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task The_key_set_publishes_the_public_signing_key_only()
    {
        await using var api = AuthApi.Start();
        var browser = api.Browser();
        var discovery = await browser.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration");

        using var response = await browser.GetAsync(discovery!["jwks_uri"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["keys"]!.AsArray();
        var key = Assert.Single(keys)!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.Equal("sig", key["use"]!.GetValue<string>());
        Assert.Null(key["d"]);
    }
}
