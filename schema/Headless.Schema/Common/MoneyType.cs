using GraphQL.Types;
using Headless.Domain.Common;

namespace Headless.Schema.Common;

public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An exact amount of money in one currency.";
        Field<NonNullGraphType<ExactDecimalGraphType>>("amount").Description("The exact amount, as a decimal string.").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 currency code.").Resolve(c => c.Source.Currency);
    }
}
