using Headless.Data;
using Headless.Data.Identity;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Auth.Tests.Support;

/// <summary>Users and clients a test registers itself, through the host's own services.</summary>
public static class Identities
{
    public const string Password = "Correct-Horse-42";

    public static Task<HeadlessUser> UserAsync(this AuthApi api, params (Guid NgoId, MemberRole Role)[] memberships) =>
        api.UserAsync(platformAdmin: false, memberships);

    public static Task<HeadlessUser> UserAsync(this AuthApi api, bool platformAdmin, params (Guid NgoId, MemberRole Role)[] memberships)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.InScopeAsync(async services =>
        {
            var email = $"{Guid.NewGuid():N}@example.org";
            var user = new HeadlessUser { UserName = email, Email = email, DisplayName = "Camille Martin", IsPlatformAdmin = platformAdmin };
            var created = await services.GetRequiredService<UserManager<HeadlessUser>>().CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            await api.AddMembershipsAsync(user, memberships);
            return user;
        });
    }

    public static Task AddMembershipsAsync(this AuthApi api, HeadlessUser user, params (Guid NgoId, MemberRole Role)[] memberships)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(user);
        return api.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<HeadlessDbContext>();
            db.Memberships.AddRange(memberships.Select(m => Membership.Create(m.NgoId, user.Id, m.Role, api.Data.Now)));
            return await db.SaveChangesAsync();
        });
    }

    public static Task<ProvisionedClient> ConfidentialClientAsync(this AuthApi api, Guid ngoId, MemberRole role = MemberRole.Editor) =>
        api.InScopeAsync(services => services.GetRequiredService<IApiClientProvisioner>().CreateConfidentialAsync(ngoId, "Partner CRM", role, CancellationToken.None));

    public static Task<ProvisionedClient> PublicClientAsync(this AuthApi api, Guid ngoId) =>
        api.InScopeAsync(services => services.GetRequiredService<IApiClientProvisioner>().CreatePublicAsync(ngoId, "Campaign site", [Flows.RedirectUri], CancellationToken.None));

    public static Task RevokeClientAsync(this AuthApi api, Guid apiClientId) =>
        api.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IApiClientProvisioner>().RevokeAsync(apiClientId, CancellationToken.None);
            return true;
        });
}
