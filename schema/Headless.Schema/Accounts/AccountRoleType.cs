using GraphQL.Types;
using Headless.Domain.Accounts;

namespace Headless.Schema.Accounts;

public sealed class AccountRoleType : EnumerationGraphType<AccountRole>
{
    public AccountRoleType()
    {
        Name = "AccountRole";
        Description = "The place of an account in the NGO's staircase.";
    }
}
