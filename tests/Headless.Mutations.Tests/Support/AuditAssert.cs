using Headless.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Support;

public static class AuditAssert
{
    /// <summary>Asserts that exactly one entry records <paramref name="operation"/> on the target, in the NGO, by the user.</summary>
    public static async Task<AuditEntry> WrittenAsync(AccessHost host, string operation, string targetType, Guid targetId, Guid ngoId, Guid? userId)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var db = host.Db();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.TargetId == targetId && a.Operation == operation).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal(targetType, entry.TargetType);
        Assert.Equal(ngoId, entry.NgoId);
        Assert.Equal(userId, entry.UserId);
        return entry;
    }
}
