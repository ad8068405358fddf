using GraphQL.Types;

namespace Headless.Schema.Members;

public sealed class ChangeMemberRoleInputType : InputObjectGraphType<ChangeMemberRoleInput>
{
    public ChangeMemberRoleInputType()
    {
        Name = "ChangeMemberRoleInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field<NonNullGraphType<MemberRoleType>>("role").Description("Only an OWNER may grant or revoke OWNER; the last OWNER cannot be demoted.");
    }
}
