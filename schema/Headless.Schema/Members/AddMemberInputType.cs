using GraphQL.Types;

namespace Headless.Schema.Members;

public sealed class AddMemberInputType : InputObjectGraphType<AddMemberInput>
{
    public AddMemberInputType()
    {
        Name = "AddMemberInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        Field<NonNullGraphType<StringGraphType>>("email").Description("An existing user, or one invited to set a password.");
        Field<NonNullGraphType<MemberRoleType>>("role").Description("Only an OWNER may grant OWNER.");
        Field<StringGraphType>("displayName").Description("The name of a user invited by this call; defaults to the e-mail's local part.");
    }
}
