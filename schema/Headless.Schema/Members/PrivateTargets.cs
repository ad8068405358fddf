using Headless.Domain.Members;
using Headless.Schema.Mutations;

namespace Headless.Schema.Members;

/// <summary>Authorization of mutations on private rows (members, API clients).</summary>
internal static class PrivateTargets
{
    /// <summary>
    /// Outsiders get NOT_FOUND, so an id reveals nothing about another NGO's private rows; members
    /// whose role is too low get FORBIDDEN.
    /// </summary>
    public static void Authorize(MutationContext m, Guid ngoId, MemberRole minimum, string what)
    {
        if (!m.Viewer.IsMemberOf(ngoId))
        {
            throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such {what}."));
        }

        m.Authorize(ngoId, minimum);
    }
}
