using Headless.Schema.Mutations;
using GraphQL.Types;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.Schema.Access;
using Headless.Schema.Members;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Ngos;

internal static class CreateNgoMutation
{
    public static void AddCreateNgoMutation(this ObjectGraphType mutation)
    {
        mutation.AddStagedMutation<CreateNgoInputType, CreateNgoInput, CreateNgoPlan, Ngo>(
            "createNgo",
            "Onboards an NGO (platform administrators only); `ownerEmail` becomes its first OWNER, invited when not yet a user.",
            payload => payload.Field<NgoType>("ngo").Resolve(c => c.Source.Result),
            check: async (m, input) =>
            {
                m.AuthorizePlatformAdmin();
                var ngo = Ngo.Create(new NgoDetails(input.Slug, input.Name, input.Description, input.Website, input.Country, input.DefaultCurrency, input.LogoUrl), m.Now);
                var ownerEmail = input.OwnerEmail is null ? null : EmailAddress.Normalize(input.OwnerEmail, "ownerEmail");
                await NgoMutations.EnsureSlugFreeAsync(m, ngo.Slug);
                return new CreateNgoPlan(ngo, ownerEmail);
            },
            callOut: async (plan, services, cancellationToken) =>
                plan.OwnerEmail is { } email
                    ? plan with { Owner = await MemberInvitations.FindOrInviteAsync(services.GetRequiredService<IUserDirectory>(), email, null, cancellationToken) }
                    : plan,
            commit: async (m, plan) =>
            {
                await NgoMutations.EnsureSlugFreeAsync(m, plan.Ngo.Slug);
                m.Db.Ngos.Add(plan.Ngo);
                m.Audit(plan.Ngo.Id, "Ngo", plan.Ngo.Id);
                if (plan.Owner is { } owner)
                {
                    var membership = Membership.Create(plan.Ngo.Id, owner.Id, MemberRole.Owner, m.Now);
                    m.Db.Memberships.Add(membership);
                    m.Audit(plan.Ngo.Id, "Member", membership.Id);
                }

                return plan.Ngo;
            });
    }
}
