using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Server;

public sealed class SessionEndpointsTests
{
    [Fact]
    public async Task Userinfo_returns_the_profile_and_email_the_token_was_granted()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var token = (await api.SignInAsync(frontEnd.Client.ClientId, user)).AccessToken;

        var userInfo = await api.WithToken(token).GetFromJsonAsync<JsonObject>("/connect/userinfo");

        Assert.Equal(user.Id.ToString(), userInfo!["sub"]!.GetValue<string>());
        Assert.Equal("Camille Martin", userInfo["name"]!.GetValue<string>());
        Assert.Equal(user.Email, userInfo["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ending_the_session_signs_out_and_returns_to_the_front_end()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var browser = api.Browser();
        using var signedIn = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, Identities.Password);
        var authorize = Flows.AuthorizeUrl(frontEnd.Client.ClientId, Pkce.ChallengeOf(Pkce.NewVerifier()));

        using var logout = await browser.GetAsync(
            $"/connect/logout?client_id={frontEnd.Client.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString("https://app.example.org/")}&state=bye");
        using var afterLogout = await browser.GetAsync(authorize);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("https://app.example.org/?state=bye", logout.Headers.Location!.ToString());
        Assert.StartsWith("/account/login", afterLogout.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_the_session_refuses_an_unregistered_return_address()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);

        using var logout = await api.Browser().GetAsync(
            $"/connect/logout?client_id={frontEnd.Client.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString("https://evil.example/")}");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Null(logout.Headers.Location);
    }
}
