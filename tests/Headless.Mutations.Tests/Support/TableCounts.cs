using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Support;

/// <summary>How many rows the access and staircase tables hold: equal before and after a refused mutation.</summary>
public sealed record TableCounts(int Ngos, int Users, int Memberships, int Accounts, int LiveSessions, int SessionAccounts, int ApiClients, int AuditEntries)
{
    public static async Task<TableCounts> ReadAsync(AccessHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var db = host.Db();
        return new TableCounts(
            await db.Ngos.CountAsync(),
            await db.Users.CountAsync(),
            await db.Memberships.CountAsync(),
            await db.Accounts.CountAsync(),
            await db.LiveSessions.CountAsync(),
            await db.LiveSessionAccounts.CountAsync(),
            await db.ApiClients.CountAsync(),
            await db.AuditEntries.CountAsync());
    }
}
