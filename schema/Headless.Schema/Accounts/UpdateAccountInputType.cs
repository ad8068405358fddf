using GraphQL.Types;

namespace Headless.Schema.Accounts;

public sealed class UpdateAccountInputType : InputObjectGraphType<UpdateAccountInput>
{
    public UpdateAccountInputType()
    {
        Name = "UpdateAccountInput";
        Description = "Moving the account in the staircase is moveAccount's job.";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        this.AddAccountDetailFields();
    }
}
