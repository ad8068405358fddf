using Headless.Schema.Access;

namespace Headless.Schema.Members;

internal static class MemberInvitations
{
    /// <summary>The user with that e-mail, or a new one invited to set a password (named after the address until they choose a name).</summary>
    public static async Task<DirectoryUser> FindOrInviteAsync(IUserDirectory directory, string email, string? displayName, CancellationToken cancellationToken) =>
        await directory.FindByEmailAsync(email, cancellationToken)
        ?? await directory.InviteAsync(email, string.IsNullOrWhiteSpace(displayName) ? email.Split('@')[0] : displayName.Trim(), cancellationToken);
}
