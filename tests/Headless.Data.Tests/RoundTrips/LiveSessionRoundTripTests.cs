using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class LiveSessionRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task A_live_session_reads_back_with_hashtags_accounts_place_and_times(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var reporter = Samples.Account(ngo.Id, "RedCrossTokyo", AccountRole.Local);
        var hub = Samples.Account(ngo.Id, "RedCross", AccountRole.Hub);
        var session = LiveSession.Create(
            ngo.Id,
            new LiveSessionDetails("tohoku-relief", "Relief in Tohoku", "Live from the shelters", ["#Japan", "Tohoku"], "Sendai", 38.2682, 140.8694, TestTimes.Now.AddHours(-2)),
            TestTimes.Now.AddDays(-1));
        session.SetAccounts([reporter, hub]);
        session.Start(TestTimes.Now.AddHours(-1));
        session.End(TestTimes.Now);
        await contexts.SaveAsync(ngo, reporter, hub, session);

        await using var db = contexts.CreateDbContext();
        var read = await db.LiveSessions.AsNoTracking()
            .Include(s => s.Hashtags).Include(s => s.Accounts)
            .SingleAsync(s => s.Id == session.Id);

        Assert.Equal(ngo.Id, read.NgoId);
        Assert.Equal("tohoku-relief", read.Slug);
        Assert.Equal("Relief in Tohoku", read.Title);
        Assert.Equal("Live from the shelters", read.Description);
        Assert.Equal("Sendai", read.PlaceName);
        Assert.Equal(38.2682, read.Latitude);
        Assert.Equal(140.8694, read.Longitude);
        Assert.Equal(TestTimes.Now.AddHours(-2), read.ScheduledStartAt);
        Assert.Equal(TestTimes.Now.AddHours(-1), read.StartedAt);
        Assert.Equal(TestTimes.Now, read.EndedAt);
        Assert.Equal(TestTimes.Now.AddDays(-1), read.CreatedAt);
        Assert.Equal(LiveSessionStatus.Ended, read.Status);
        Assert.All([read.ScheduledStartAt, read.StartedAt!.Value, read.EndedAt!.Value, read.CreatedAt], t => Assert.Equal(DateTimeKind.Utc, t.Kind));
        Assert.Equal(["japan", "tohoku"], read.Hashtags.Select(h => h.Key).Order());
        Assert.Equal(["Japan", "Tohoku"], read.Hashtags.Select(h => h.Text).Order());
        Assert.Equal(new[] { reporter.Id, hub.Id }.Order(), read.Accounts.Select(a => a.AccountId).Order());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_scheduled_session_without_coordinates_reads_back_without_them(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("hrw");
        var session = LiveSession.Create(
            ngo.Id,
            new LiveSessionDetails("report-launch", "Report launch", null, ["HRW"], "Online", null, null, TestTimes.Now.AddDays(2)),
            TestTimes.Now);
        await contexts.SaveAsync(ngo, session);

        await using var db = contexts.CreateDbContext();
        var read = await db.LiveSessions.AsNoTracking().Include(s => s.Accounts).SingleAsync(s => s.Id == session.Id);

        Assert.Null(read.Latitude);
        Assert.Null(read.Longitude);
        Assert.Null(read.StartedAt);
        Assert.Null(read.Description);
        Assert.Empty(read.Accounts);
        Assert.Equal(LiveSessionStatus.Scheduled, read.Status);
    }
}
