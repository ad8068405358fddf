using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Accounts;

internal static class AccountMutationDocuments
{
    private const string Account = "account { id handle displayName role region parent { id } }";

    public const string Add = "mutation($input: AddAccountInput!) { addAccount(input: $input) { " + Account + " " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { " + Account + " " + Documents.Errors + " } }";

    public const string Move = "mutation($input: MoveAccountInput!) { moveAccount(input: $input) { " + Account + " " + Documents.Errors + " } }";

    public const string Remove = "mutation($input: RemoveAccountInput!) { removeAccount(input: $input) { " + Account + " " + Documents.Errors + " } }";

    public static string Id(Guid accountId) => GlobalId.Encode("TwitterAccount", accountId);

    public static object AddInput(Guid ngoId, string handle, Guid? parentId = null, string role = "REGIONAL") => new
    {
        input = new { ngoId = GlobalId.Encode("Ngo", ngoId), handle, displayName = "Regional office", role, region = "West Africa", xUserId = (string?)null, parentId = parentId is { } p ? Id(p) : null },
    };

    public static object UpdateInput(Guid accountId, string handle, string displayName = "Renamed office") => new
    {
        input = new { accountId = Id(accountId), handle, displayName, role = "LOCAL", region = "Dakar", xUserId = "123456" },
    };

    public static object MoveInput(Guid accountId, Guid? parentId) => new { input = new { accountId = Id(accountId), parentId = parentId is { } p ? Id(p) : null } };
}
