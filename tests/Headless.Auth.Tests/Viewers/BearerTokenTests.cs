using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Viewers;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task A_request_without_a_token_is_served_as_anonymous()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var outcome = await Campaigns.CreateAsync(api.Browser(), ngo.Id);

        Assert.Equal(HttpStatusCode.OK, outcome.Status);
        Assert.Equal(["FORBIDDEN"], outcome.ErrorCodes);
    }

    [Fact]
    public async Task A_malformed_token_gets_401_with_invalid_token()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var outcome = await Campaigns.CreateAsync(api.WithToken("not-a-token"), ngo.Id);

        AssertInvalidToken(outcome);
    }

    [Fact]
    public async Task A_revoked_access_token_gets_401()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;
        Assert.Empty((await Campaigns.CreateAsync(api.WithToken(token), ngo.Id)).ErrorCodes);

        var revocation = await OAuthResponse.PostFormAsync(api.Browser(), "/connect/revoke",
            ("client_id", partner.Client.ClientId), ("client_secret", partner.ClientSecret!), ("token", token), ("token_type_hint", "access_token"));
        var outcome = await Campaigns.CreateAsync(api.WithToken(token), ngo.Id);

        Assert.Equal(HttpStatusCode.OK, revocation.Status);
        AssertInvalidToken(outcome);
    }

    [Fact]
    public async Task An_expired_access_token_gets_401()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;
        api.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty((await Campaigns.CreateAsync(api.WithToken(token), ngo.Id)).ErrorCodes);

        api.Clock.Advance(TimeSpan.FromMinutes(2));
        var outcome = await Campaigns.CreateAsync(api.WithToken(token), ngo.Id);

        AssertInvalidToken(outcome);
    }

    [Fact]
    public async Task The_access_token_lifetime_comes_from_configuration()
    {
        await using var api = AuthApi.Start(new() { ["Auth:AccessTokenLifetime"] = "00:05:00" });
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);

        var tokens = await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!);

        Assert.Equal(300, tokens.Body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_sign_in_cookie_never_authenticates_graphql()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var user = await api.UserAsync((ngo.Id, MemberRole.Owner));
        var browser = api.Browser();
        using var signedIn = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, Identities.Password);
        Assert.Contains("You are signed in", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var outcome = await Campaigns.CreateAsync(browser, ngo.Id);

        Assert.Equal(["FORBIDDEN"], outcome.ErrorCodes);
    }

    private static void AssertInvalidToken(Campaigns.Outcome outcome)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, outcome.Status);
        var challenge = Assert.Single(outcome.Response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", outcome.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(outcome.Body["data"]);
    }
}
