using GraphQL.Types;

namespace Headless.Schema.Accounts;

public sealed class MoveAccountInputType : InputObjectGraphType<MoveAccountInput>
{
    public MoveAccountInputType()
    {
        Name = "MoveAccountInput";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field<IdGraphType>("parentId").Description("The new account above, of the same NGO and not beneath this one; null for the top.");
    }
}
