using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Ngos;

/// <summary>Loads the NGO a mutation works in (tracked) and authorizes the caller in it.</summary>
internal static class NgoTargets
{
    /// <summary>Archived NGOs are read-only: changing them, or anything in them, is a conflict.</summary>
    public static async Task<Ngo> LoadAsync(MutationContext m, string ngoGlobalId, MemberRole minimum, string field = "ngoId")
    {
        var id = m.Id(ngoGlobalId, "Ngo", field);
        var ngo = m.Found(await m.Db.Ngos.FirstOrDefaultAsync(n => n.Id == id, m.CancellationToken), "NGO");
        m.Authorize(ngo.Id, minimum);
        EnsureActive(m, ngo);
        return ngo;
    }

    /// <summary>The NGO of a target already loaded (an account, a session...), which must not be archived.</summary>
    public static async Task EnsureActiveAsync(MutationContext m, Guid ngoId)
    {
        if (await m.Db.Ngos.AnyAsync(n => n.Id == ngoId && n.ArchivedAt != null, m.CancellationToken))
        {
            throw Archived(m);
        }
    }

    private static void EnsureActive(MutationContext m, Ngo ngo)
    {
        if (ngo.IsArchived)
        {
            throw Archived(m);
        }
    }

    private static MutationFailedException Archived(MutationContext m) =>
        new(new ConflictError($"{m.Operation}: the NGO is archived and can no longer change.", "NGO_ARCHIVED"));
}
