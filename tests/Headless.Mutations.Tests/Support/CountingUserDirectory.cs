using Headless.Schema.Access;

namespace Headless.Mutations.Tests.Support;

/// <summary>Counts the look-ups by id that reach the directory, to show they are batched.</summary>
public sealed class CountingUserDirectory(IUserDirectory inner) : IUserDirectory
{
    private int _idLookups;

    public int IdLookups => Volatile.Read(ref _idLookups);

    public Task<DirectoryUser?> FindByEmailAsync(string email, CancellationToken cancellationToken) => inner.FindByEmailAsync(email, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _idLookups);
        return inner.FindByIdsAsync(userIds, cancellationToken);
    }

    public Task<DirectoryUser> InviteAsync(string email, string displayName, CancellationToken cancellationToken) => inner.InviteAsync(email, displayName, cancellationToken);
}
