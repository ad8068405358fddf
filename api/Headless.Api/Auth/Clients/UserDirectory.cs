using Headless.Data.Identity;
using Headless.Domain.Common;
using Headless.Schema.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Auth.Clients;

/// <summary>The identity server's users, as the schema sees them.</summary>
internal sealed class UserDirectory(UserManager<HeadlessUser> users) : IUserDirectory
{
    public async Task<DirectoryUser?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null ? null : ToDirectoryUser(user);
    }

    public async Task<IReadOnlyDictionary<Guid, DirectoryUser>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var found = await users.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.Id, ToDirectoryUser);
    }

    /// <summary>Returns the existing user when the e-mail is already known, so inviting twice is harmless.</summary>
    public async Task<DirectoryUser> InviteAsync(string email, string displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (await FindByEmailAsync(email, cancellationToken) is { } existing)
        {
            return existing;
        }

        var user = new HeadlessUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = Guard.Required(displayName, "displayName", 100) };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new DomainRuleException("email", "INVALID_EMAIL", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return ToDirectoryUser(user);
    }

    private static DirectoryUser ToDirectoryUser(HeadlessUser user) => new(user.Id, user.Email ?? string.Empty, user.DisplayName);
}
