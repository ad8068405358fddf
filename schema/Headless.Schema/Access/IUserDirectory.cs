namespace Headless.Schema.Access;

/// <summary>The users known to the identity server, for adding members by e-mail.</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>Creates a user without a password, who sets one through the invitation flow.</summary>
    Task<DirectoryUser> InviteAsync(string email, string displayName, CancellationToken cancellationToken);
}
