using Headless.Data;
using Headless.Data.Identity;
using Headless.Schema.Access;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Support;

/// <summary>
/// Stands in for the identity server's directory: users are rows of the Identity tables, written
/// through a connection of its own, as the real directory does.
/// </summary>
public sealed class InDatabaseUserDirectory(HeadlessDbContextFactory contexts) : IUserDirectory
{
    public async Task<DirectoryUser?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = email.ToUpperInvariant();
        await using var db = contexts.CreateDbContext();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        return user is null ? null : ToDirectoryUser(user);
    }

    public async Task<IReadOnlyDictionary<Guid, DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, ToDirectoryUser);
    }

    public async Task<DirectoryUser> InviteAsync(string email, string displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = new HeadlessUser
        {
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = displayName,
        };
        await using var db = contexts.CreateDbContext();
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return ToDirectoryUser(user);
    }

    private static DirectoryUser ToDirectoryUser(HeadlessUser user) => new(user.Id, user.Email ?? string.Empty, user.DisplayName);
}
