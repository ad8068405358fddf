using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Members;

internal static class MemberMutationDocuments
{
    private const string Member = "member { id userId email displayName role since }";

    public const string Add = "mutation($input: AddMemberInput!) { addMember(input: $input) { " + Member + " " + Documents.Errors + " } }";

    public const string ChangeRole = "mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { " + Member + " " + Documents.Errors + " } }";

    public const string Remove = "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { " + Member + " " + Documents.Errors + " } }";

    public static object AddInput(Guid ngoId, string email, string role, string? displayName = null) =>
        new { input = new { ngoId = GlobalId.Encode("Ngo", ngoId), email, role, displayName } };

    public static object ChangeRoleInput(Guid memberId, string role) => new { input = new { memberId = GlobalId.Encode("Member", memberId), role } };

    public static object RemoveInput(Guid memberId) => new { input = new { memberId = GlobalId.Encode("Member", memberId) } };
}
