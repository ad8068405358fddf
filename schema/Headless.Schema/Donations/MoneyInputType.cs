using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Donations;

public sealed class MoneyInputType : InputObjectGraphType<MoneyInput>
{
    public MoneyInputType()
    {
        Name = "MoneyInput";
        Description = "An exact amount of money in one currency.";
        Field<NonNullGraphType<ExactDecimalGraphType>>("amount").Description("Exact: send it as a string (\"25.50\") to avoid floating point.");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code.");
    }
}
