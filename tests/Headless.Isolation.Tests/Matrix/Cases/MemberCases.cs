using Headless.Domain.Members;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>Members (ADMIN), and the OWNER role, which only an OWNER grants, revokes or removes.</summary>
internal static class MemberCases
{
    private static readonly Type[] Memberships = [typeof(Membership)];

    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        yield return Case("addMember",
            Scenario("grants EDITOR", Need.Admin, t => Ready(new { ngoId = t.GlobalId, email = NewEmail(), role = "EDITOR", displayName = "Moussa" })),
            Scenario("grants OWNER", Need.Owner, t => Ready(new { ngoId = t.GlobalId, email = NewEmail(), role = "OWNER" })));

        yield return Case("changeMemberRole",
            Scenario("EDITOR to VIEWER", Need.Admin, async t => new { memberId = MemberId(await t.MemberAsync(MemberRole.Editor)), role = "VIEWER" }),
            Scenario("VIEWER to OWNER", Need.Owner, async t => new { memberId = MemberId(await t.MemberAsync(MemberRole.Viewer)), role = "OWNER" }),
            Scenario("OWNER to ADMIN", Need.Owner, async t => new { memberId = MemberId(await OwnerBesideAnotherAsync(t)), role = "ADMIN" }));

        yield return Case("removeMember",
            Scenario("an EDITOR", Need.Admin, async t => new { memberId = MemberId(await t.MemberAsync(MemberRole.Editor)) }),
            Scenario("an OWNER", Need.Owner, async t => new { memberId = MemberId(await OwnerBesideAnotherAsync(t)) }));
    }

    private static MutationScenario Scenario(string name, Need need, Func<Tenant, Task<object>> arrange) => new(name, need, Memberships, arrange);

    /// <summary>An OWNER that is not the last one, so demoting or removing it breaks no rule.</summary>
    private static async Task<Membership> OwnerBesideAnotherAsync(Tenant tenant)
    {
        await tenant.MemberAsync(MemberRole.Owner);
        return await tenant.MemberAsync(MemberRole.Owner);
    }

    private static string NewEmail() => $"{Guid.NewGuid():N}@eauvive.example.org";

    private static string MemberId(Membership membership) => NodeId.Of("Member", membership.Id);
}
