using Headless.Domain.Members;

namespace Headless.Schema.Members;

public sealed record ViewerMembership(Guid NgoId, MemberRole Role);
