using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Account;

public sealed class LoginPageTests
{
    [Fact]
    public async Task The_login_form_carries_an_antiforgery_token_and_cannot_be_framed()
    {
        await using var api = AuthApi.Start();

        using var response = await api.Browser().GetAsync("/account/login?returnUrl=%2Fconnect%2Fauthorize%3Fclient_id%3Dx");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty(LoginForm.Hidden(html, LoginForm.AntiforgeryField)));
        Assert.Equal("/connect/authorize?client_id=x", LoginForm.Hidden(html, "returnUrl"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("headless.antiforgery=", StringComparison.Ordinal));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_login_post_without_an_antiforgery_token_is_refused_with_400()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();
        await LoginForm.OpenAsync(browser);

        using var response = await LoginForm.SubmitAsync(browser, [new("email", user.Email!), new("password", Identities.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("headless.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_generic_message()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();

        using var response = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, "Wrong-Password-1");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid e-mail or password.", html, StringComparison.Ordinal);
        Assert.NotNull(LoginForm.Hidden(html, LoginForm.AntiforgeryField));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        await using var api = AuthApi.Start();
        var browser = api.Browser();

        using var response = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), "nobody@example.org", Identities.Password);

        Assert.Contains("Invalid e-mail or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_return_url_is_followed_after_sign_in()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();
        var form = await LoginForm.OpenAsync(browser, "/account/login?returnUrl=%2Faccount%2Flogout");

        using var response = await LoginForm.SubmitAsync(browser, form, user.Email!, Identities.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/logout", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("headless.session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();
        var form = await LoginForm.OpenAsync(browser);

        using var response = await LoginForm.SubmitAsync(browser, form with { ReturnUrl = returnUrl }, user.Email!, Identities.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("You are signed in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_authorize_asks_to_sign_in_again()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var browser = api.Browser();
        using var signedIn = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, Identities.Password);
        var authorize = Flows.AuthorizeUrl(frontEnd.Client.ClientId, Pkce.ChallengeOf(Pkce.NewVerifier()));
        using var whileSignedIn = await browser.GetAsync(authorize);

        var logoutForm = await LoginForm.OpenAsync(browser, "/account/logout");
        using var signedOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([new(LoginForm.AntiforgeryField, logoutForm.AntiforgeryToken)]));
        using var afterSignOut = await browser.GetAsync(authorize);

        Assert.StartsWith(Flows.RedirectUri, whileSignedIn.Headers.Location!.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        Assert.Contains("Signed out", await signedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/login?returnUrl=", afterSignOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
