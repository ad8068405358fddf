using GraphQL.Types;
using Headless.Domain.Members;
using Headless.Schema.Mutations;

namespace Headless.Schema.Members;

internal static class MemberMutations
{
    public static void AddMemberMutations(this ObjectGraphType mutation)
    {
        mutation.AddAddMemberMutation();

        mutation.AddMutation<ChangeMemberRoleInputType, ChangeMemberRoleInput, MemberType, Membership>(
            "changeMemberRole", "Changes a member's role (ADMIN; OWNER to grant or revoke OWNER). The last OWNER cannot be demoted.", "member", async (m, input) =>
            {
                var member = await MemberTargets.LoadAsync(m, input.MemberId, input.Role);
                var members = await MemberTargets.AllOfNgoAsync(m, member.NgoId);
                MemberTargets.Apply(() => member.ChangeRole(input.Role, members));
                m.Audit(member.NgoId, "Member", member.Id);
                return member;
            });

        mutation.AddMutation<RemoveMemberInputType, RemoveMemberInput, MemberType, Membership>(
            "removeMember", "Removes a member from an NGO (ADMIN; OWNER to remove an OWNER). The last OWNER cannot be removed.", "member", async (m, input) =>
            {
                var member = await MemberTargets.LoadAsync(m, input.MemberId);
                var members = await MemberTargets.AllOfNgoAsync(m, member.NgoId);
                MemberTargets.Apply(() => NgoMembers.EnsureAnotherOwner(member, members));
                m.Db.Memberships.Remove(member);
                m.Audit(member.NgoId, "Member", member.Id);
                return member;
            });
    }
}
