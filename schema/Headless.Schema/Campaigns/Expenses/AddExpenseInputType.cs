using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns.Expenses;

public sealed class AddExpenseInputType : InputObjectGraphType<AddExpenseInput>
{
    public AddExpenseInputType()
    {
        Name = "AddExpenseInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<StringGraphType>>("category");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<ExactDecimalGraphType>>("amount").Description("Positive, in the campaign's currency.");
        Field<NonNullGraphType<DateTimeGraphType>>("spentOn");
    }
}
