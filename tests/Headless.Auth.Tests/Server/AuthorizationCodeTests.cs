using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Server;

public sealed class AuthorizationCodeTests
{
    [Fact]
    public async Task A_member_signs_in_with_code_and_pkce_and_their_token_carries_each_membership()
    {
        await using var api = AuthApi.Start();
        var owned = await api.Data.NgoAsync();
        var edited = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(owned.Id);
        var user = await api.UserAsync((owned.Id, MemberRole.Owner), (edited.Id, MemberRole.Editor));

        var tokens = await api.SignInAsync(frontEnd.Client.ClientId, user);

        var payload = Jwt.Payload(tokens.AccessToken);
        Assert.Equal(user.Id.ToString(), payload["sub"]!.GetValue<string>());
        Assert.Equal("Camille Martin", payload["name"]!.GetValue<string>());
        Assert.Equal(user.Email, payload["email"]!.GetValue<string>());
        Assert.Equal(frontEnd.Client.ClientId, payload["client_id"]!.GetValue<string>());
        Assert.Equal(
            new[] { $"{owned.Id:N}:OWNER", $"{edited.Id:N}:EDITOR" }.Order(),
            Jwt.Values(payload, "hlx_ngo_role").Order());
        Assert.Null(payload["hlx_platform_admin"]);
        Assert.NotNull(tokens.Body["id_token"]);
        Assert.NotNull(tokens.Body["refresh_token"]);
    }

    [Fact]
    public async Task A_signed_in_editor_can_create_a_campaign_in_their_ngo_through_the_api()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var other = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Editor));
        var token = (await api.SignInAsync(frontEnd.Client.ClientId, user)).AccessToken;

        var inOwn = await Campaigns.CreateAsync(api.WithToken(token), ngo.Id);
        var inOther = await Campaigns.CreateAsync(api.WithToken(token), other.Id);

        Assert.Empty(inOwn.ErrorCodes);
        Assert.NotNull(inOwn.CampaignId);
        Assert.Equal(["FORBIDDEN"], inOther.ErrorCodes);
    }

    [Fact]
    public async Task A_platform_administrators_token_says_so()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var admin = await api.UserAsync(platformAdmin: true);

        var payload = Jwt.Payload((await api.SignInAsync(frontEnd.Client.ClientId, admin)).AccessToken);

        Assert.True(payload["hlx_platform_admin"]!.GetValue<bool>());
        Assert.Empty(Jwt.Values(payload, "hlx_ngo_role"));
    }

    [Fact]
    public async Task A_code_request_without_pkce_is_refused_before_the_login_page()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);

        using var response = await api.Browser().GetAsync(Flows.AuthorizeUrl(frontEnd.Client.ClientId, challenge: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_exchanged_with_the_wrong_verifier_is_refused()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var verifier = Pkce.NewVerifier();
        var code = await Flows.CodeAsync(api.Browser(), frontEnd.Client.ClientId, user.Email!, Identities.Password, Pkce.ChallengeOf(verifier));

        var wrong = await api.ExchangeCodeAsync(frontEnd.Client.ClientId, code, Pkce.NewVerifier());

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Null(wrong.Body["access_token"]);
    }

    [Fact]
    public async Task A_code_is_redeemed_once_only()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var verifier = Pkce.NewVerifier();
        var code = await Flows.CodeAsync(api.Browser(), frontEnd.Client.ClientId, user.Email!, Identities.Password, Pkce.ChallengeOf(verifier));

        var first = await api.ExchangeCodeAsync(frontEnd.Client.ClientId, code, verifier);
        var second = await api.ExchangeCodeAsync(frontEnd.Client.ClientId, code, verifier);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("invalid_grant", second.Error);
    }

    [Fact]
    public async Task An_unregistered_redirect_uri_is_refused_without_redirecting()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var url = Flows.AuthorizeUrl(frontEnd.Client.ClientId, Pkce.ChallengeOf(Pkce.NewVerifier()))
            .Replace(Uri.EscapeDataString(Flows.RedirectUri), Uri.EscapeDataString("https://evil.example/callback"), StringComparison.Ordinal);

        using var response = await api.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
