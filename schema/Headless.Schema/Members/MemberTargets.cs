using Headless.Domain.Common;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Members;

/// <summary>Loads the membership a mutation targets and enforces who may touch it.</summary>
internal static class MemberTargets
{
    /// <summary>
    /// ADMIN to manage members; OWNER when the OWNER role is granted or revoked, so an admin can
    /// neither promote anyone above themselves nor depose an owner.
    /// </summary>
    public static async Task<Membership> LoadAsync(MutationContext m, string memberGlobalId, MemberRole? newRole = null)
    {
        var id = m.Id(memberGlobalId, "Member", "memberId");
        var member = m.Found(await m.Db.Memberships.FirstOrDefaultAsync(x => x.Id == id, m.CancellationToken), "member");
        PrivateTargets.Authorize(m, member.NgoId, MemberRole.Admin, "member");
        if (member.Role == MemberRole.Owner || newRole == MemberRole.Owner)
        {
            EnsureOwner(m, member.NgoId);
        }

        await NgoTargets.EnsureActiveAsync(m, member.NgoId);
        return member;
    }

    public static void EnsureOwner(MutationContext m, Guid ngoId)
    {
        if (!m.Viewer.Has(ngoId, MemberRole.Owner))
        {
            throw new MutationFailedException(new ForbiddenError($"{m.Operation}: only an OWNER may grant or revoke the OWNER role."));
        }
    }

    /// <summary>
    /// The NGO's members, read after locking the NGO's row until the transaction ends: member changes
    /// of one NGO then run one at a time on every provider, and a change sees the committed result of
    /// the one before it, so two owners demoting each other at the same instant cannot both succeed.
    /// </summary>
    public static async Task<List<Membership>> AllOfNgoAsync(MutationContext m, Guid ngoId)
    {
        await m.Db.Ngos.Where(n => n.Id == ngoId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Slug, n => n.Slug), m.CancellationToken);
        return await m.Db.Memberships.Where(x => x.NgoId == ngoId).ToListAsync(m.CancellationToken);
    }

    /// <summary>Runs a member rule of the domain, whose errors name the user, so that they point at input.memberId.</summary>
    public static void Apply(Action rule)
    {
        try
        {
            rule();
        }
        catch (DomainRuleException broken) when (broken.Field == "userId")
        {
            throw new MutationFailedException(new ValidationError(broken.Message, broken.Code, ["input", "memberId"]));
        }
    }
}
