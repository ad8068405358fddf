using GraphQL.Types;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Members;

internal static class AddMemberMutation
{
    public static void AddAddMemberMutation(this ObjectGraphType mutation) =>
        mutation.AddStagedMutation<AddMemberInputType, AddMemberInput, AddMemberPlan, Membership>(
            "addMember",
            "Adds a user to an NGO by e-mail (ADMIN; OWNER to grant OWNER), inviting them when they are not yet a user.",
            payload => payload.Field<MemberType>("member").Resolve(c => c.Source.Result),
            check: async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Admin);
                if (input.Role == MemberRole.Owner)
                {
                    MemberTargets.EnsureOwner(m, ngo.Id);
                }

                return new AddMemberPlan(ngo.Id, EmailAddress.Normalize(input.Email), input.Role, input.DisplayName);
            },
            callOut: async (plan, services, cancellationToken) => plan with
            {
                User = await MemberInvitations.FindOrInviteAsync(services.GetRequiredService<IUserDirectory>(), plan.Email, plan.DisplayName, cancellationToken),
            },
            commit: async (m, plan) =>
            {
                var user = plan.User!;
                if (await m.Db.Memberships.AnyAsync(x => x.NgoId == plan.NgoId && x.UserId == user.Id, m.CancellationToken))
                {
                    throw new MutationFailedException(new ConflictError($"{user.Email} is already a member of this NGO; change their role instead.", "ALREADY_MEMBER"));
                }

                var member = Membership.Create(plan.NgoId, user.Id, plan.Role, m.Now);
                m.Db.Memberships.Add(member);
                m.Audit(plan.NgoId, "Member", member.Id);
                return member;
            });
}
