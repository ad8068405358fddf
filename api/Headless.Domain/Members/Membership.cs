using Headless.Domain.Common;

namespace Headless.Domain.Members;

/// <summary>A user's role in one NGO.</summary>
public sealed class Membership : Entity
{
    private Membership()
    {
    }

    public Guid NgoId { get; private set; }

    public Guid UserId { get; private set; }

    public MemberRole Role { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Membership Create(Guid ngoId, Guid userId, MemberRole role, DateTime now)
    {
        EnsureDefined(role);
        return new Membership { NgoId = ngoId, UserId = userId, Role = role, CreatedAt = Guard.Utc(now, "now") };
    }

    /// <summary>Changes the role; the NGO's members are needed to keep at least one owner.</summary>
    public void ChangeRole(MemberRole role, IReadOnlyCollection<Membership> members)
    {
        EnsureDefined(role);
        if (Role == MemberRole.Owner && role != MemberRole.Owner)
        {
            NgoMembers.EnsureAnotherOwner(this, members);
        }

        Role = role;
    }

    private static void EnsureDefined(MemberRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw new DomainRuleException("role", "INVALID_ROLE", "Unknown member role.");
        }
    }
}
