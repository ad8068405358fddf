using Headless.Api.Tests.Infrastructure;
using Headless.Auth.Tests.Support;
using Headless.Data;
using Headless.Data.Identity;
using Headless.Domain.Members;
using Headless.Schema;
using Headless.Schema.Access;
using Headless.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Isolation.Tests.Support;

/// <summary>
/// One real host over its own database, with real tokens from its own <c>/connect/token</c>:
/// partner systems through client credentials, users through the code flow with PKCE.
/// </summary>
public sealed class IsolationHost : IAsyncDisposable
{
    private IsolationHost(HeadlessApiFactory factory, string provider)
    {
        Factory = factory;
        Provider = provider;
        _ = factory.Services;
    }

    public HeadlessApiFactory Factory { get; }

    public string Provider { get; }

    public TestData Data => Factory.Data;

    public static DateTime Now => HeadlessApiFactory.Now;

    public HeadlessSchema Schema
    {
        get
        {
            var schema = Factory.Services.GetRequiredService<HeadlessSchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// <summary>
    /// The matrix and the concurrency bursts send far more requests per caller and per minute than the
    /// production limits allow; the limits are tested elsewhere.
    /// </summary>
    private static Dictionary<string, string?> Settings() => new()
    {
        ["RateLimiting:GraphQL:PermitLimit"] = "1000000",
        ["RateLimiting:Token:PermitLimit"] = "1000000",
    };

    public static IsolationHost OnSqlite() => new(HeadlessApiFactory.OnSqlite(Settings()), "SQLite");

    public static async Task<IsolationHost> OnPostgresAsync(PostgresServer server) =>
        new(await HeadlessApiFactory.OnPostgresAsync(server, Settings()), "PostgreSQL");

    /// <summary>A client that neither follows redirects nor shares cookies, sending <paramref name="accessToken"/> when given.</summary>
    public HttpClient Client(string? accessToken = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        }

        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<DatabaseSnapshot> SnapshotAsync() =>
        DatabaseSnapshot.TakeAsync(Factory.Services.GetRequiredService<HeadlessDbContextFactory>());

    public string TableOf(Type entity)
    {
        using var db = Factory.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        return DatabaseSnapshot.TableOf(db, entity);
    }

    public Task<ProvisionedClient> ConfidentialClientAsync(Guid ngoId, MemberRole role, string name = "Partner CRM") =>
        InScopeAsync(s => s.GetRequiredService<IApiClientProvisioner>().CreateConfidentialAsync(ngoId, name, role, CancellationToken.None));

    /// <summary>A partner system with <paramref name="role"/> in the NGO, and its access token from the token endpoint.</summary>
    public async Task<string> ClientTokenAsync(Guid ngoId, MemberRole role)
    {
        var partner = await ConfidentialClientAsync(ngoId, role);
        using var client = Client();
        var tokens = await OAuthResponse.PostFormAsync(client, "/connect/token",
            ("grant_type", "client_credentials"), ("client_id", partner.Client.ClientId), ("client_secret", partner.ClientSecret!));
        return tokens.AccessToken;
    }

    /// <summary>A user; with a password only when they will sign in (hashing it is the slow part).</summary>
    public Task<HeadlessUser> UserAsync(bool platformAdmin = false, bool canSignIn = false, params (Guid NgoId, MemberRole Role)[] memberships) =>
        InScopeAsync(async services =>
        {
            var email = $"{Guid.NewGuid():N}@example.org";
            var user = new HeadlessUser { UserName = email, Email = email, DisplayName = "Camille Martin", IsPlatformAdmin = platformAdmin };
            var users = services.GetRequiredService<UserManager<HeadlessUser>>();
            var created = canSignIn ? await users.CreateAsync(user, Identities.Password) : await users.CreateAsync(user);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            var db = services.GetRequiredService<HeadlessDbContext>();
            db.Memberships.AddRange(memberships.Select(m => Membership.Create(m.NgoId, user.Id, m.Role, Now)));
            await db.SaveChangesAsync();
            return user;
        });

    /// <summary>Signs <paramref name="user"/> in through a front end of the NGO <paramref name="frontEndNgoId"/>: authorize, login page, code, PKCE exchange.</summary>
    public async Task<string> UserTokenAsync(HeadlessUser user, Guid frontEndNgoId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var frontEnd = await InScopeAsync(s => s.GetRequiredService<IApiClientProvisioner>()
            .CreatePublicAsync(frontEndNgoId, "Campaign site", [Flows.RedirectUri], CancellationToken.None));
        var verifier = Pkce.NewVerifier();
        using var browser = Client();
        var code = await Flows.CodeAsync(browser, frontEnd.Client.ClientId, user.Email!, Identities.Password, Pkce.ChallengeOf(verifier));
        var tokens = await OAuthResponse.PostFormAsync(browser, "/connect/token",
            ("grant_type", "authorization_code"), ("client_id", frontEnd.Client.ClientId), ("code", code),
            ("redirect_uri", Flows.RedirectUri), ("code_verifier", verifier));
        return tokens.AccessToken;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
