using Headless.Data.Conventions;
using Headless.Data.Identity;
using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
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
public partial class HeadlessDbContext : IdentityDbContext<HeadlessUser, IdentityRole<Guid>, Guid>
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

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
        configurationBuilder.Properties<decimal?>().HavePrecision(19, 4);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.ApplyConfigurationsFromAssembly(typeof(HeadlessDbContext).Assembly);
        ConfigureTenantFilters(builder);
    }
}
