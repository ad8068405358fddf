using GraphQL;
using GraphQL.Types;
using Headless.Data;
using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.GraphQL.Relay;
using Headless.Schema.ApiClients;
using Headless.Schema.Audit;
using Headless.Schema.Common;
using Headless.Schema.Members;

namespace Headless.Schema.Ngos;

/// <summary>
/// The NGO's private lists. Each checks the viewer's role in this NGO itself (not only at the root)
/// and answers an empty connection to anyone below the role, so a page of NGOs mixing the caller's
/// own and others' never fails as a whole.
/// </summary>
internal static class NgoPrivateFields
{
    public static void AddPrivateFields(this ObjectGraphType<Ngo> ngo)
    {
        ngo.Field<NonNullGraphType<ConnectionType<MemberType, Membership>>>("members")
            .Description("The NGO's members, longest-standing first. Private: empty unless the viewer is a member of this NGO (any role).")
            .ConnectionArguments()
            .ResolveAsync(async c => await ListAsync(c, MemberRole.Viewer, db =>
                db.Memberships.Where(m => m.NgoId == c.Source.Id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)));

        ngo.Field<NonNullGraphType<ConnectionType<ApiClientType, ApiClient>>>("apiClients")
            .Description("The applications registered by the NGO, revoked ones included, oldest first. Private: empty unless the viewer is an ADMIN or OWNER of this NGO.")
            .ConnectionArguments()
            .ResolveAsync(async c => await ListAsync(c, MemberRole.Admin, db =>
                db.ApiClients.Where(a => a.NgoId == c.Source.Id).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)));

        ngo.Field<NonNullGraphType<ConnectionType<AuditEntryType, AuditEntry>>>("auditLog")
            .Description("Every change made in the NGO, newest first. Private: empty unless the viewer is an ADMIN or OWNER of this NGO.")
            .ConnectionArguments()
            .ResolveAsync(async c => await ListAsync(c, MemberRole.Admin, db =>
                db.AuditEntries.Where(a => a.NgoId == c.Source.Id).OrderByDescending(a => a.At).ThenByDescending(a => a.Id)));
    }

    private static Task<Connection<T>> ListAsync<T>(IResolveFieldContext<Ngo> context, MemberRole minimum, Func<HeadlessDbContext, IQueryable<T>> query)
        where T : class =>
        context.Viewer().Has(context.Source.Id, minimum)
            ? QueryableConnection.BuildAsync(context, query)
            : QueryableConnection.FromList<T>(context, []);
}
