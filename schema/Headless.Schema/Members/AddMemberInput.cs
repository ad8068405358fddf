using Headless.Domain.Members;

namespace Headless.Schema.Members;

/// <summary><see cref="DisplayName"/> names a user invited by this call; an existing user keeps theirs.</summary>
public sealed record AddMemberInput(string NgoId, string Email, MemberRole Role, string? DisplayName);
