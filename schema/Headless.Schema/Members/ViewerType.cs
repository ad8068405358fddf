using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Members;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking: a signed-in user or a partner system, and its role in each NGO.";
        Field<NonNullGraphType<BooleanGraphType>>("isAuthenticated").Resolve(c => c.Source.IsAuthenticated);
        Field<IdGraphType>("userId").Description("The signed-in user's id; null for anonymous callers and client credentials.").Resolve(c => c.Source.UserId);
        Field<StringGraphType>("clientId").Description("The OAuth client the request came through.").Resolve(c => c.Source.ClientId);
        Field<NonNullGraphType<BooleanGraphType>>("isPlatformAdmin").Resolve(c => c.Source.IsPlatformAdmin);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewerMembershipType>>>>("memberships")
            .Description("The caller's NGOs and roles; empty when anonymous.")
            .Resolve(c => c.Source.Roles.OrderBy(r => r.Key).Select(r => new ViewerMembership(r.Key, r.Value)).ToList());
    }
}
