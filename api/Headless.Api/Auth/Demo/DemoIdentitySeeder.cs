using Headless.Api.Auth.Clients;
using Headless.Data;
using Headless.Data.Identity;
using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Headless.Api.Auth.Demo;

/// <summary>
/// Adds the demo identities that are missing: a platform administrator, an owner and an editor per
/// NGO, the demo front end and one ADMIN partner client per NGO. A second run adds nothing.
/// </summary>
public sealed partial class DemoIdentitySeeder(IServiceScopeFactory scopes, IOptions<AuthOptions> options, TimeProvider time, ILogger<DemoIdentitySeeder> logger)
{
    public async Task<DemoIdentityCounts> SeedAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value.Demo;
        var password = demo.Password ?? throw new InvalidOperationException("Auth:Demo:Password is not set.");
        var secret = demo.ClientSecret ?? throw new InvalidOperationException("Auth:Demo:ClientSecret is not set.");
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<HeadlessUser>>();
        var db = services.GetRequiredService<HeadlessDbContext>();
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var provisioner = services.GetRequiredService<ApiClientProvisioner>();
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, memberships = 0, clients = 0;

        (_, var created) = await EnsureUserAsync(users, DemoAccounts.AdminEmail, "Platform administrator", password, platformAdmin: true);
        added += created ? 1 : 0;
        if (await applications.FindByClientIdAsync(DemoAccounts.FrontEndClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(ApplicationDescriptors.Public(DemoAccounts.FrontEndClientId, "Headless demo front end", DemoAccounts.FrontEndRedirectUris), cancellationToken);
            clients++;
        }

        foreach (var ngo in await db.Ngos.AsNoTracking().OrderBy(n => n.Slug).ToListAsync(cancellationToken))
        {
            foreach (var (email, role) in new[] { (DemoAccounts.OwnerEmail(ngo.Slug), MemberRole.Owner), (DemoAccounts.EditorEmail(ngo.Slug), MemberRole.Editor) })
            {
                (var user, created) = await EnsureUserAsync(users, email, $"{ngo.Name} {role.ToString().ToLowerInvariant()}", password, platformAdmin: false);
                added += created ? 1 : 0;
                if (!await db.Memberships.AnyAsync(m => m.NgoId == ngo.Id && m.UserId == user.Id, cancellationToken))
                {
                    db.Memberships.Add(Membership.Create(ngo.Id, user.Id, role, now));
                    await db.SaveChangesAsync(cancellationToken);
                    memberships++;
                }
            }

            if (await EnsureClientAsync(db, provisioner, ngo, secret, now, cancellationToken))
            {
                clients++;
            }
        }

        var counts = new DemoIdentityCounts(added, memberships, clients);
        LogSeeded(logger, counts.Users, counts.Memberships, counts.Clients);
        return counts;
    }

    private static async Task<(HeadlessUser User, bool Created)> EnsureUserAsync(
        UserManager<HeadlessUser> users, string email, string displayName, string password, bool platformAdmin)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return (existing, false);
        }

        var user = new HeadlessUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, IsPlatformAdmin = platformAdmin };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))} (check Auth:Demo:Password).");
        }

        return (user, true);
    }

    private static async Task<bool> EnsureClientAsync(
        HeadlessDbContext db, ApiClientProvisioner provisioner, Ngo ngo, string secret, DateTime now, CancellationToken cancellationToken)
    {
        var clientId = DemoAccounts.ClientId(ngo.Slug);
        if (await db.ApiClients.AnyAsync(c => c.ClientId == clientId, cancellationToken))
        {
            return false;
        }

        var client = ApiClient.CreateConfidential(ngo.Id, $"{ngo.Name} demo partner", MemberRole.Admin, now);

        // A fixed client id, so the README can name it; generated ids are random.
        db.Entry(client).Property(c => c.ClientId).CurrentValue = clientId;
        await provisioner.RegisterAsync(client, secret, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo identities seeded: {Users} users, {Memberships} memberships, {Clients} clients added.")]
    private static partial void LogSeeded(ILogger logger, int users, int memberships, int clients);
}
