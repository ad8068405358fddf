using System.Net;
using Headless.Api.Auth.Demo;
using Headless.Auth.Tests.Support;
using Headless.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Auth.Tests.Demo;

public sealed class DemoIdentitySeederTests
{
    private const string DemoPassword = "Headless-Demo-2026";
    private const string DemoSecret = "demo-partner-secret";

    private static readonly Dictionary<string, string?> DemoSettings = new()
    {
        ["Auth:Demo:Enabled"] = "true",
        ["Auth:Demo:Password"] = DemoPassword,
        ["Auth:Demo:ClientSecret"] = DemoSecret,
    };

    [Fact]
    public async Task Seeding_adds_each_ngos_owner_editor_and_partner_once_and_nothing_the_second_time()
    {
        await using var api = AuthApi.Start(DemoSettings);
        var ngo = await api.Data.NgoAsync();
        var seeder = api.Factory.Services.GetRequiredService<DemoIdentitySeeder>();

        var first = await seeder.SeedAsync(CancellationToken.None);
        var second = await seeder.SeedAsync(CancellationToken.None);

        Assert.Equal(new DemoIdentityCounts(2, 2, 1), first);
        Assert.Equal(0, second.Total);
        var owner = await api.InScopeAsync(s => s.GetRequiredService<UserManager<HeadlessUser>>().FindByEmailAsync($"owner@{ngo.Slug}.demo"));
        Assert.NotNull(owner);
    }

    [Fact]
    public async Task The_host_seeds_the_administrator_and_the_demo_front_end_at_start()
    {
        await using var api = AuthApi.Start(DemoSettings);

        var admin = await api.InScopeAsync(s => s.GetRequiredService<UserManager<HeadlessUser>>().FindByEmailAsync(DemoAccounts.AdminEmail));
        var again = await api.Factory.Services.GetRequiredService<DemoIdentitySeeder>().SeedAsync(CancellationToken.None);

        Assert.NotNull(admin);
        Assert.True(admin.IsPlatformAdmin);
        Assert.Equal(0, again.Total);
    }

    [Fact]
    public async Task The_demo_partner_client_gets_an_admin_token_with_the_configured_secret()
    {
        await using var api = AuthApi.Start(DemoSettings);
        var ngo = await api.Data.NgoAsync();
        await api.Factory.Services.GetRequiredService<DemoIdentitySeeder>().SeedAsync(CancellationToken.None);

        var tokens = await api.ClientCredentialsAsync($"demo-{ngo.Slug}", DemoSecret);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal([$"{ngo.Id:N}:ADMIN"], Jwt.Values(Jwt.Payload(tokens.AccessToken), "hlx_ngo_role"));
    }

    [Fact]
    public async Task The_demo_owner_signs_in_through_the_demo_front_end()
    {
        await using var api = AuthApi.Start(DemoSettings);
        var ngo = await api.Data.NgoAsync();
        await api.Factory.Services.GetRequiredService<DemoIdentitySeeder>().SeedAsync(CancellationToken.None);
        var browser = api.Browser();
        var verifier = Pkce.NewVerifier();
        var authorize = Flows.AuthorizeUrl(DemoAccounts.FrontEndClientId, Pkce.ChallengeOf(verifier))
            .Replace(Uri.EscapeDataString(Flows.RedirectUri), Uri.EscapeDataString("http://localhost:5173/callback"), StringComparison.Ordinal);

        using var toLogin = await browser.GetAsync(authorize);
        var form = await LoginForm.OpenAsync(browser, toLogin.Headers.Location!.OriginalString);
        using var signedIn = await LoginForm.SubmitAsync(browser, form, $"owner@{ngo.Slug}.demo", DemoPassword);
        using var toFrontEnd = await browser.GetAsync(signedIn.Headers.Location);

        Assert.StartsWith("http://localhost:5173/callback?code=", toFrontEnd.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_no_demo_identity_exists()
    {
        await using var api = AuthApi.Start();

        var admin = await api.InScopeAsync(s => s.GetRequiredService<UserManager<HeadlessUser>>().FindByEmailAsync(DemoAccounts.AdminEmail));

        Assert.Null(admin);
    }
}
