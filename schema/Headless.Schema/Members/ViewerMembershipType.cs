using GraphQL.Types;
using Headless.Schema.Common;
using Headless.Schema.Ngos;

namespace Headless.Schema.Members;

public sealed class ViewerMembershipType : ObjectGraphType<ViewerMembership>
{
    public ViewerMembershipType()
    {
        Name = "ViewerMembership";
        Description = "The caller's role in one NGO.";
        Field<NgoType>("ngo").Description("Null if the NGO no longer exists.").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
    }
}
