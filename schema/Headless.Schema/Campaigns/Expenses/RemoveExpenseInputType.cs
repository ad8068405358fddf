using GraphQL.Types;

namespace Headless.Schema.Campaigns.Expenses;

public sealed class RemoveExpenseInputType : InputObjectGraphType<RemoveExpenseInput>
{
    public RemoveExpenseInputType()
    {
        Name = "RemoveExpenseInput";
        Field<NonNullGraphType<IdGraphType>>("expenseId");
    }
}
