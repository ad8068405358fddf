using GraphQL.Types;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Ngos;

internal static class NgoMutations
{
    public static void AddNgoMutations(this ObjectGraphType mutation)
    {
        mutation.AddCreateNgoMutation();

        mutation.AddMutation<UpdateNgoInputType, UpdateNgoInput, NgoType, Ngo>(
            "updateNgo", "Changes an NGO's details (ADMIN); the slug stays.", "ngo", async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Admin);
                ngo.Update(new NgoDetails(ngo.Slug, input.Name, input.Description, input.Website, input.Country, input.DefaultCurrency, input.LogoUrl));
                m.Audit(ngo.Id, "Ngo", ngo.Id);
                return ngo;
            });

        mutation.AddMutation<ArchiveNgoInputType, ArchiveNgoInput, NgoType, Ngo>(
            "archiveNgo", "Archives an NGO (OWNER): it leaves the `ngos` list and can no longer change.", "ngo", async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Owner);
                ngo.Archive(m.Now);
                m.Audit(ngo.Id, "Ngo", ngo.Id);
                return ngo;
            });
    }

    /// <summary>Fails with SLUG_TAKEN on input.slug when another NGO already has <paramref name="slug"/>.</summary>
    public static async Task EnsureSlugFreeAsync(MutationContext m, string slug)
    {
        if (await m.Db.Ngos.AnyAsync(n => n.Slug == slug, m.CancellationToken))
        {
            throw new MutationFailedException(new ValidationError("Another NGO has that slug.", "SLUG_TAKEN", ["input", "slug"]));
        }
    }
}
