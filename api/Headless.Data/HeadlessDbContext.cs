using Headless.Data.Conventions;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Donations;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Headless.Domain.Tiers;
using Headless.Domain.Tweets;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data;

/// <summary>
/// The one model of Headless. Each provider has a derived context type only so that its migrations
/// live apart from the others'; the model itself is identical.
/// </summary>
public class HeadlessDbContext : DbContext
{
    public HeadlessDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Ngo> Ngos => Set<Ngo>();

    public DbSet<TwitterAccount> Accounts => Set<TwitterAccount>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignPhase> CampaignPhases => Set<CampaignPhase>();

    public DbSet<CampaignHashtag> CampaignHashtags => Set<CampaignHashtag>();

    public DbSet<DonationLink> DonationLinks => Set<DonationLink>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<ExpenseLine> ExpenseLines => Set<ExpenseLine>();

    public DbSet<PledgeEngagement> PledgeEngagements => Set<PledgeEngagement>();

    public DbSet<DonationTier> Tiers => Set<DonationTier>();

    public DbSet<Donation> Donations => Set<Donation>();

    public DbSet<LiveSession> LiveSessions => Set<LiveSession>();

    public DbSet<LiveSessionHashtag> LiveSessionHashtags => Set<LiveSessionHashtag>();

    public DbSet<LiveSessionAccount> LiveSessionAccounts => Set<LiveSessionAccount>();

    public DbSet<Tweet> Tweets => Set<Tweet>();

    public DbSet<CampaignTweet> CampaignTweets => Set<CampaignTweet>();

    public DbSet<LiveSessionTweet> LiveSessionTweets => Set<LiveSessionTweet>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
        configurationBuilder.Properties<decimal?>().HavePrecision(19, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadlessDbContext).Assembly);
    }
}
