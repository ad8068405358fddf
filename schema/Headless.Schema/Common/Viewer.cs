namespace Headless.Schema.Common;

/// <summary>
/// Who is asking. Published data is public; private data (drafts, unpublished updates) is visible only
/// to members of the owning NGO.
/// </summary>
public sealed record Viewer(IReadOnlySet<Guid> MemberOfNgoIds)
{
    public static Viewer Anonymous { get; } = new(new HashSet<Guid>());

    public bool IsMemberOf(Guid ngoId) => MemberOfNgoIds.Contains(ngoId);
}
