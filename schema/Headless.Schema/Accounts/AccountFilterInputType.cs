using GraphQL.Types;

namespace Headless.Schema.Accounts;

public sealed class AccountFilterInputType : InputObjectGraphType<AccountFilter>
{
    public AccountFilterInputType()
    {
        Name = "AccountFilter";
        Field<ListGraphType<NonNullGraphType<AccountRoleType>>>("roles").Description("Any of these roles.");
        Field<StringGraphType>("region").Description("Exactly this region, case-insensitive.");
        Field<BooleanGraphType>("rootsOnly").Description("Only accounts without a parent.");
    }
}
