using GraphQL.Types;

namespace Headless.Schema.Members;

public sealed class RemoveMemberInputType : InputObjectGraphType<RemoveMemberInput>
{
    public RemoveMemberInputType()
    {
        Name = "RemoveMemberInput";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("Only an OWNER may remove an OWNER; the last OWNER cannot be removed.");
    }
}
