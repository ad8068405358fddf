using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns.Expenses;

public sealed class EditExpenseInputType : InputObjectGraphType<EditExpenseInput>
{
    public EditExpenseInputType()
    {
        Name = "EditExpenseInput";
        Field<NonNullGraphType<IdGraphType>>("expenseId");
        Field<NonNullGraphType<StringGraphType>>("category");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<ExactDecimalGraphType>>("amount").Description("Positive, in the campaign's currency.");
        Field<NonNullGraphType<DateTimeGraphType>>("spentOn");
    }
}
