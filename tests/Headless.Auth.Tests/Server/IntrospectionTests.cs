using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Server;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task An_active_token_introspects_with_its_subject_client_and_audience()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Admin);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;

        var introspection = await IntrospectAsync(api, partner.Client.ClientId, partner.ClientSecret!, token);

        Assert.Equal(HttpStatusCode.OK, introspection.Status);
        Assert.True(introspection.Body["active"]!.GetValue<bool>());
        Assert.Equal(partner.Client.ClientId, introspection.Body["sub"]!.GetValue<string>());
        Assert.Equal(partner.Client.ClientId, introspection.Body["client_id"]!.GetValue<string>());
        Assert.Equal("headless-api", introspection.Body["aud"]!.GetValue<string>());
        Assert.Equal("access_token", introspection.Body["token_usage"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_revoked_token_introspects_as_inactive()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;
        await OAuthResponse.PostFormAsync(api.Browser(), "/connect/revoke",
            ("client_id", partner.Client.ClientId), ("client_secret", partner.ClientSecret!), ("token", token));

        var introspection = await IntrospectAsync(api, partner.Client.ClientId, partner.ClientSecret!, token);

        Assert.Equal(HttpStatusCode.OK, introspection.Status);
        Assert.False(introspection.Body["active"]!.GetValue<bool>());
        Assert.Null(introspection.Body["sub"]);
    }

    [Fact]
    public async Task A_client_cannot_introspect_another_clients_token()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var owner = await api.ConfidentialClientAsync(ngo.Id);
        var snoop = await api.ConfidentialClientAsync(ngo.Id);
        var token = (await api.ClientCredentialsAsync(owner.Client.ClientId, owner.ClientSecret!)).AccessToken;

        var introspection = await IntrospectAsync(api, snoop.Client.ClientId, snoop.ClientSecret!, token);

        Assert.False(introspection.Body["active"]!.GetValue<bool>());
    }

    private static Task<OAuthResponse> IntrospectAsync(AuthApi api, string clientId, string secret, string token) =>
        OAuthResponse.PostFormAsync(api.Browser(), "/connect/introspect", ("client_id", clientId), ("client_secret", secret), ("token", token));
}
