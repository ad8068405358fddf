using Headless.Data;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Headless.GraphQL.Relay;

namespace Headless.Bench.Hosting;

/// <summary>Creates what a benchmark configuration tweets into, through the domain's own rules.</summary>
public static class BenchData
{
    private static long _reporters = 3_900_000_000;

    /// <summary>An NGO with one regional account live-tweeting a started session under a hashtag of its own.</summary>
    public static async Task<LiveSessionTarget> LiveSessionAsync(HeadlessDbContextFactory contexts, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var xUserId = Interlocked.Increment(ref _reporters).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hashtag = "live" + suffix;

        var ngo = Ngo.Create(new NgoDetails("bench-" + suffix, "Field NGO " + suffix, "Reports from the field.", "https://example.org", "SN", "EUR", null), now);
        var reporter = TwitterAccount.Create(ngo.Id, new AccountDetails("field" + suffix, "Field reporter", AccountRole.Regional, "West Africa", xUserId), now);
        var session = LiveSession.Create(ngo.Id, new LiveSessionDetails(
            "session-" + suffix, "Flood response", "Live from the distribution point.", [hashtag], "Saint-Louis, Senegal", 16.0326, -16.4818, now.AddMinutes(-5)), now);
        session.SetAccounts([reporter]);
        session.Start(now.AddMinutes(-1));

        await using var db = contexts.CreateDbContext();
        db.Ngos.Add(ngo);
        db.Accounts.Add(reporter);
        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new LiveSessionTarget(GlobalId.Encode("LiveSession", session.Id), hashtag, xUserId, reporter.Handle);
    }
}
