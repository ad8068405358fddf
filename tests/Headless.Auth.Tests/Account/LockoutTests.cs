using Headless.Auth.Tests.Support;
using Headless.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Auth.Tests.Account;

public sealed class LockoutTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, $"Wrong-Password-{attempt}");
        }

        using var response = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, Identities.Password);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This account is locked after 5 failed attempts. Try again in 15 minutes.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("You are signed in", html, StringComparison.Ordinal);
        Assert.True(await api.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<HeadlessUser>>();
            return await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        }));
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();
        var browser = api.Browser();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var failed = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, $"Wrong-Password-{attempt}");
        }

        using var response = await LoginForm.SubmitAsync(browser, await LoginForm.OpenAsync(browser), user.Email!, Identities.Password);

        Assert.Contains("You are signed in as Camille Martin.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
