using Headless.Domain.Members;

namespace Headless.Schema.Common;

/// <summary>
/// Who is asking: a signed-in user or a partner system (API client), with its role in each NGO.
/// Published data is public; private data needs a sufficient role in the NGO that owns it.
/// </summary>
public sealed record Viewer(Guid? UserId, string? ClientId, IReadOnlyDictionary<Guid, MemberRole> Roles, bool IsPlatformAdmin)
{
    public static Viewer Anonymous { get; } = new(null, null, new Dictionary<Guid, MemberRole>(), false);

    public bool IsAuthenticated => UserId is not null || ClientId is not null;

    public IReadOnlySet<Guid> MemberOfNgoIds => Roles.Keys.ToHashSet();

    public bool IsMemberOf(Guid ngoId) => Roles.ContainsKey(ngoId);

    public MemberRole? RoleIn(Guid ngoId) => Roles.TryGetValue(ngoId, out var role) ? role : null;

    /// <summary>True when the viewer's role in the NGO is at least <paramref name="minimum"/>.</summary>
    public bool Has(Guid ngoId, MemberRole minimum) => Roles.TryGetValue(ngoId, out var role) && role >= minimum;

    /// <summary>A key shared by viewers who see exactly the same data (for shared subscription fan-out).</summary>
    public string VisibilityKey =>
        Roles.Count == 0 && !IsPlatformAdmin
            ? "anonymous"
            : string.Join(',', Roles.OrderBy(r => r.Key).Select(r => $"{r.Key:N}:{r.Value}")) + (IsPlatformAdmin ? "+admin" : string.Empty);
}
