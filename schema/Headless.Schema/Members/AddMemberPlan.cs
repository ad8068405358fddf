using Headless.Domain.Members;
using Headless.Schema.Access;

namespace Headless.Schema.Members;

/// <summary>A checked addMember: who to add where, and the user once found or invited.</summary>
internal sealed record AddMemberPlan(Guid NgoId, string Email, MemberRole Role, string? DisplayName, DirectoryUser? User = null);
