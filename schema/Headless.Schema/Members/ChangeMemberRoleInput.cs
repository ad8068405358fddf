using Headless.Domain.Members;

namespace Headless.Schema.Members;

public sealed record ChangeMemberRoleInput(string MemberId, MemberRole Role);
