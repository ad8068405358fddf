using GraphQL.Types;
using Headless.Domain.Members;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Ngos;

namespace Headless.Schema.Members;

public sealed class MemberType : ObjectGraphType<Membership>
{
    public MemberType()
    {
        Name = "Member";
        Description = "A user's role in an NGO. Visible to the NGO's members only.";
        this.ImplementsNode("Member", m => m.Id);
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user's id in the identity server (users are not nodes).").Resolve(c => c.Source.UserId);
        Field<StringGraphType>("email")
            .Description("Null when the user is no longer in the directory.")
            .Resolve(c => c.Service<DirectoryUserLoader>().LoadAsync(c.Source.UserId).Then(u => u?.Email));
        Field<StringGraphType>("displayName")
            .Description("Null when the user is no longer in the directory.")
            .Resolve(c => c.Service<DirectoryUserLoader>().LoadAsync(c.Source.UserId).Then(u => u?.DisplayName));
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DateTimeGraphType>>("since").Description("When the user joined the NGO.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<NgoType>>("ngo").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
    }
}
