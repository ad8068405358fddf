using Headless.Data;
using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Members;
using Headless.Schema.Common;

namespace Headless.Schema.Members;

/// <summary>What <c>node</c>/<c>nodes</c> may return of the private node types: the same rows the NGO's private lists show.</summary>
internal static class PrivateNodeVisibility
{
    public static IQueryable<Membership> Members(HeadlessDbContext db, Viewer viewer)
    {
        var ngoIds = viewer.NgosWithRole(MemberRole.Viewer);
        return db.Memberships.Where(m => ngoIds.Contains(m.NgoId));
    }

    public static IQueryable<ApiClient> ApiClients(HeadlessDbContext db, Viewer viewer)
    {
        var ngoIds = viewer.NgosWithRole(MemberRole.Admin);
        return db.ApiClients.Where(a => ngoIds.Contains(a.NgoId));
    }

    public static IQueryable<AuditEntry> AuditEntries(HeadlessDbContext db, Viewer viewer)
    {
        var ngoIds = viewer.NgosWithRole(MemberRole.Admin);
        return db.AuditEntries.Where(a => a.NgoId != null && ngoIds.Contains(a.NgoId.Value));
    }
}
