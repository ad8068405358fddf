using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class GoalInputType : InputObjectGraphType<GoalInput>
{
    public GoalInputType()
    {
        Name = "GoalInput";
        Field<NonNullGraphType<GoalTypeType>>("type");
        Field<ExactDecimalGraphType>("amount").Description("Required for an AMOUNT goal.");
        Field<IntGraphType>("donors").Description("Required for a DONORS goal.");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code of the goal and the donations.");
    }
}
