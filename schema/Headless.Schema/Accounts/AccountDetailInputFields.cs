using GraphQL.Types;

namespace Headless.Schema.Accounts;

/// <summary>The editable fields shared by addAccount and updateAccount.</summary>
internal static class AccountDetailInputFields
{
    public static void AddAccountDetailFields<T>(this InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("handle").Description("The X username, '@' optional; unique across NGOs, case-insensitively.");
        input.Field<NonNullGraphType<StringGraphType>>("displayName");
        input.Field<NonNullGraphType<AccountRoleType>>("role");
        input.Field<StringGraphType>("region");
        input.Field<StringGraphType>("xUserId").Description("The X user id, when known (digits).");
    }
}
