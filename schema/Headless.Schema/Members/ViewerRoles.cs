using Headless.Domain.Members;
using Headless.Schema.Common;

namespace Headless.Schema.Members;

internal static class ViewerRoles
{
    /// <summary>The NGOs where the viewer holds at least <paramref name="minimum"/>, as an array EF Core can translate.</summary>
    public static Guid[] NgosWithRole(this Viewer viewer, MemberRole minimum) =>
        [.. viewer.Roles.Where(r => r.Value >= minimum).Select(r => r.Key)];
}
