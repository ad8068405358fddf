using Headless.Auth.Tests.Support;
using Headless.Data.Identity;
using Headless.Schema.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Auth.Tests.Clients;

public sealed class UserDirectoryTests
{
    [Fact]
    public async Task An_invited_user_exists_without_a_password_and_is_found_by_email_and_id()
    {
        await using var api = AuthApi.Start();

        var invited = await api.InScopeAsync(s => s.GetRequiredService<IUserDirectory>().InviteAsync("Lea@Example.org", "Léa Dubois", CancellationToken.None));

        var (byEmail, byId, hasPassword) = await api.InScopeAsync(async s =>
        {
            var directory = s.GetRequiredService<IUserDirectory>();
            var user = await s.GetRequiredService<UserManager<HeadlessUser>>().FindByIdAsync(invited.Id.ToString());
            return (await directory.FindByEmailAsync("lea@example.org", CancellationToken.None),
                await directory.FindByIdsAsync([invited.Id, Guid.NewGuid()], CancellationToken.None),
                await s.GetRequiredService<UserManager<HeadlessUser>>().HasPasswordAsync(user!));
        });
        Assert.Equal(new DirectoryUser(invited.Id, "Lea@Example.org", "Léa Dubois"), byEmail);
        Assert.Equal([invited.Id], byId.Keys);
        Assert.False(hasPassword);
    }

    [Fact]
    public async Task Inviting_a_known_email_returns_the_existing_user()
    {
        await using var api = AuthApi.Start();
        var user = await api.UserAsync();

        var invited = await api.InScopeAsync(s => s.GetRequiredService<IUserDirectory>().InviteAsync(user.Email!, "Someone else", CancellationToken.None));

        Assert.Equal(user.Id, invited.Id);
        Assert.Equal("Camille Martin", invited.DisplayName);
    }

    [Fact]
    public async Task An_unknown_email_is_not_found()
    {
        await using var api = AuthApi.Start();

        var found = await api.InScopeAsync(s => s.GetRequiredService<IUserDirectory>().FindByEmailAsync("nobody@example.org", CancellationToken.None));

        Assert.Null(found);
    }
}
