using GraphQL.Types;

namespace Headless.Schema.Accounts;

public sealed class RemoveAccountInputType : InputObjectGraphType<RemoveAccountInput>
{
    public RemoveAccountInputType()
    {
        Name = "RemoveAccountInput";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("An account with accounts beneath it cannot be removed: move or remove them first.");
    }
}
