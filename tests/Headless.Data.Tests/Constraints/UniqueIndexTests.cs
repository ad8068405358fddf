using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Constraints;

/// <summary>
/// The unique indexes are the last line of defence against concurrent duplicates, so each is
/// checked by saving the duplicate from a context of its own.
/// </summary>
[Collection(SharedDatabases.Name)]
public sealed class UniqueIndexTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Two_ngos_cannot_share_a_slug(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await contexts.SaveAsync(Samples.Ngo("unicef"));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Ngo("unicef")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_campaign_slug_is_unique_within_its_ngo(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        await contexts.SaveAsync(ngo, Samples.Campaign(ngo.Id, "schools"));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Campaign(ngo.Id, "schools")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Another_ngo_may_reuse_a_campaign_slug(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var plan = Samples.Ngo("plan");
        var unicef = Samples.Ngo("unicef");
        await contexts.SaveAsync(plan, unicef, Samples.Campaign(plan.Id, "schools"));

        await contexts.SaveAsync(Samples.Campaign(unicef.Id, "schools"));

        await using var db = contexts.CreateDbContext();
        Assert.Equal(2, await db.Campaigns.CountAsync(c => c.Slug == "schools"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_account_handle_is_unique_whatever_its_case(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var plan = Samples.Ngo("plan");
        var other = Samples.Ngo("other");
        await contexts.SaveAsync(plan, other, Samples.Account(plan.Id, "PlanAsia"));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Account(plan.Id, "PLANASIA")));
        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Account(other.Id, "@planasia")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_tweet_is_stored_once_per_X_id(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await contexts.SaveAsync(Samples.Tweet("1600000000000000000"));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Tweet("1600000000000000000")));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_donation_is_recorded_once_per_platform_reference(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(ngo, campaign, Samples.Donation(campaign, 10m, "REF-1", DonationPlatform.Paypal));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Donation(campaign, 20m, "REF-1", DonationPlatform.Paypal)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Another_platform_may_reuse_a_donation_reference(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(ngo, campaign, Samples.Donation(campaign, 10m, "REF-1", DonationPlatform.Paypal));

        await contexts.SaveAsync(Samples.Donation(campaign, 10m, "REF-1", DonationPlatform.Kisskissbankbank));

        await using var db = contexts.CreateDbContext();
        Assert.Equal(2, await db.Donations.CountAsync(d => d.ExternalReference == "REF-1"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_engagement_counts_once_per_campaign(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var campaign = Samples.Campaign(ngo.Id, "perfect-gift");
        campaign.SetMatchingRule(Samples.PledgeRule());
        await contexts.SaveAsync(ngo, campaign, Samples.Pledge(campaign, "5001", "7001", EngagementKind.Retweet));

        // The matcher is handed nothing counted, as a second node would be before it sees the first one's row.
        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Pledge(campaign, "5001", "7001", EngagementKind.Retweet)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Nothing_of_a_failed_save_is_kept(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        await contexts.SaveAsync(Samples.Ngo("unicef"));

        await Assert.ThrowsAsync<DbUpdateException>(() => contexts.SaveAsync(Samples.Ngo("plan"), Samples.Ngo("unicef")));

        await using var db = contexts.CreateDbContext();
        Assert.Equal(["unicef"], await db.Ngos.Select(n => n.Slug).ToListAsync());
    }
}
