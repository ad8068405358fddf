using Headless.Data.Seeding.Files;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Seeding;

/// <summary>
/// Adds one NGO of the seed set with everything it owns. Whatever already exists (by slug or handle)
/// is left untouched, so seeding twice changes nothing.
/// </summary>
internal sealed class NgoSeeder(HeadlessDbContext db, DateTime now)
{
    public async Task<SeedCounts> SeedAsync(SeedNgo seed, CancellationToken cancellationToken)
    {
        var counts = new SeedCounts();
        var ngo = await db.Ngos.FirstOrDefaultAsync(n => n.Slug == seed.Slug, cancellationToken);
        if (ngo is null)
        {
            ngo = Ngo.Create(new NgoDetails(seed.Slug, seed.Name, seed.Description, seed.Website, seed.Country, seed.DefaultCurrency, seed.LogoUrl), now);
            db.Ngos.Add(ngo);
            counts.Ngos++;
        }

        var accounts = await SeedAccountsAsync(ngo, seed.Accounts ?? [], counts, cancellationToken);
        var campaignSeeder = new CampaignSeeder(db, now);
        foreach (var campaign in seed.Campaigns ?? [])
        {
            if (!await db.Campaigns.AnyAsync(c => c.NgoId == ngo.Id && c.Slug == campaign.Slug, cancellationToken))
            {
                campaignSeeder.Add(ngo.Id, campaign, counts);
            }
        }

        foreach (var session in seed.LiveSessions ?? [])
        {
            if (!await db.LiveSessions.AnyAsync(s => s.NgoId == ngo.Id && s.Slug == session.Slug, cancellationToken))
            {
                AddSession(ngo.Id, session, accounts);
                counts.LiveSessions++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return counts;
    }

    private async Task<Dictionary<string, TwitterAccount>> SeedAccountsAsync(Ngo ngo, IReadOnlyList<SeedAccount> seeds, SeedCounts counts, CancellationToken cancellationToken)
    {
        var accounts = (await db.Accounts.Where(a => a.NgoId == ngo.Id).ToListAsync(cancellationToken))
            .ToDictionary(a => a.HandleKey, StringComparer.Ordinal);
        var added = new List<(TwitterAccount Account, string? Parent)>();
        foreach (var seed in seeds)
        {
            var key = XHandle.Key(seed.Handle);
            if (accounts.ContainsKey(key))
            {
                continue;
            }

            var role = Enum.Parse<AccountRole>(seed.Role, ignoreCase: true);
            var account = TwitterAccount.Create(ngo.Id, new AccountDetails(seed.Handle, seed.DisplayName, role, seed.Region, seed.XUserId), now);
            accounts[key] = account;
            db.Accounts.Add(account);
            added.Add((account, seed.Parent));
            counts.Accounts++;
        }

        var staircase = new AccountStaircase(ngo.Id, accounts.Values);
        foreach (var (account, parent) in added.Where(a => a.Parent is not null))
        {
            account.MoveUnder(accounts[XHandle.Key(parent!)], staircase);
        }

        return accounts;
    }

    private void AddSession(Guid ngoId, SeedLiveSession seed, Dictionary<string, TwitterAccount> accounts)
    {
        var session = LiveSession.Create(
            ngoId,
            new LiveSessionDetails(seed.Slug, seed.Title, seed.Description, seed.Hashtags, seed.PlaceName, seed.Latitude, seed.Longitude, SeedTime.Resolve(seed.ScheduledStartAt, now)),
            now);
        session.RestoreTimes(SeedTime.ResolveOptional(seed.StartedAt, now), SeedTime.ResolveOptional(seed.EndedAt, now));
        session.SetAccounts((seed.Accounts ?? []).Select(h => accounts[XHandle.Key(h)]));
        db.LiveSessions.Add(session);
    }
}
