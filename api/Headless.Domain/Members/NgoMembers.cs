using Headless.Domain.Common;

namespace Headless.Domain.Members;

/// <summary>Rules over all the members of one NGO.</summary>
public static class NgoMembers
{
    /// <summary>An NGO always keeps an owner: the last one can be neither removed nor demoted.</summary>
    public static void EnsureAnotherOwner(Membership leaving, IReadOnlyCollection<Membership> members)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        ArgumentNullException.ThrowIfNull(members);
        if (leaving.Role == MemberRole.Owner && !members.Any(m => m.Id != leaving.Id && m.NgoId == leaving.NgoId && m.Role == MemberRole.Owner))
        {
            throw new DomainRuleException("userId", "LAST_OWNER", "The last owner of an NGO cannot be removed or demoted.");
        }
    }
}
