using Headless.Domain.Members;
using Headless.Domain.Ngos;

namespace Headless.Isolation.Tests.Support;

/// <summary>
/// An NGO and the callers that act in it: partner systems for VIEWER, EDITOR and ADMIN (client
/// credentials), and a signed-in user for OWNER, which no API client can be. Each caller is
/// registered, and its token requested, the first time it is needed.
/// </summary>
public sealed class Tenant
{
    private readonly Dictionary<MemberRole, string> _tokens = [];

    private Tenant(IsolationHost host, Ngo ngo)
    {
        Host = host;
        Ngo = ngo;
    }

    public IsolationHost Host { get; }

    public Ngo Ngo { get; }

    public Guid Id => Ngo.Id;

    public string GlobalId => NodeId.Of("Ngo", Ngo.Id);

    public static async Task<Tenant> CreateAsync(IsolationHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new Tenant(host, await host.Data.NgoAsync());
    }

    public async Task<string> TokenAsync(MemberRole role)
    {
        if (!_tokens.TryGetValue(role, out var token))
        {
            token = role == MemberRole.Owner
                ? await Host.UserTokenAsync(await Host.UserAsync(canSignIn: true, memberships: (Id, MemberRole.Owner)), Id)
                : await Host.ClientTokenAsync(Id, role);
            _tokens[role] = token;
        }

        return token;
    }
}
