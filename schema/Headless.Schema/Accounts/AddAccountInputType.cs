using GraphQL.Types;

namespace Headless.Schema.Accounts;

public sealed class AddAccountInputType : InputObjectGraphType<AddAccountInput>
{
    public AddAccountInputType()
    {
        Name = "AddAccountInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        this.AddAccountDetailFields();
        Field<IdGraphType>("parentId").Description("The account above this one, of the same NGO; omit for the top of the staircase.");
    }
}
