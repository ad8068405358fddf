namespace Headless.Isolation.Tests.Support;

/// <summary>
/// What the matrices share on one host: the NGO whose data the cases target, another NGO whose
/// ADMIN tries to reach into it, and a platform administrator who is a member of neither.
/// </summary>
public sealed class IsolationWorld
{
    private string? _platformAdminToken;

    private IsolationWorld(IsolationHost host, Tenant shared, Tenant outsider)
    {
        Host = host;
        Shared = shared;
        Outsider = outsider;
    }

    public IsolationHost Host { get; }

    /// <summary>The owning NGO of every case that does not need an NGO of its own.</summary>
    public Tenant Shared { get; }

    public Tenant Outsider { get; }

    public static async Task<IsolationWorld> CreateAsync(IsolationHost host) =>
        new(host, await Tenant.CreateAsync(host), await Tenant.CreateAsync(host));

    public Task<Tenant> NewTenantAsync() => Tenant.CreateAsync(Host);

    public async Task<string> PlatformAdminTokenAsync()
    {
        // Signs in through the other NGO's front end: a front end does not make its users members.
        _platformAdminToken ??= await Host.UserTokenAsync(await Host.UserAsync(platformAdmin: true, canSignIn: true), Outsider.Id);
        return _platformAdminToken;
    }
}
