using Headless.Domain.Members;

namespace Headless.Isolation.Tests.Support;

/// <summary>Who calls, relative to the NGO that owns the target: how it gets its token, and what it may do.</summary>
public sealed record Caller(string Name, Func<IsolationWorld, Tenant, Task<string?>> TokenAsync, Func<Need, bool> Satisfies)
{
    public static Caller Anonymous { get; } = new("anonymous", (_, _) => Task.FromResult<string?>(null), _ => false);

    public static Caller OtherNgoAdmin { get; } = new("ADMIN of another NGO", async (world, _) => await world.Outsider.TokenAsync(MemberRole.Admin), _ => false);

    public static Caller PlatformAdmin { get; } = new("platform admin", async (world, _) => await world.PlatformAdminTokenAsync(), need => need == Need.PlatformAdmin);

    /// <summary>Every caller of the matrix, in the order of the printed table's columns.</summary>
    public static IReadOnlyList<Caller> All { get; } =
    [
        Anonymous,
        Member(MemberRole.Viewer),
        Member(MemberRole.Editor),
        Member(MemberRole.Admin),
        Member(MemberRole.Owner),
        OtherNgoAdmin,
        PlatformAdmin,
    ];

    public static Caller Member(MemberRole role) =>
        new(role.ToString().ToUpperInvariant(), async (_, tenant) => await tenant.TokenAsync(role), need => Allows(role, need));

    private static bool Allows(MemberRole role, Need need) => need switch
    {
        Need.Viewer => role >= MemberRole.Viewer,
        Need.Editor => role >= MemberRole.Editor,
        Need.Admin => role >= MemberRole.Admin,
        Need.Owner => role >= MemberRole.Owner,
        _ => false,
    };

    public override string ToString() => Name;
}
