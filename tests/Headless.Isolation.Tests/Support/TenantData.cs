using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.LiveSessions;
using Headless.Domain.Members;
using Headless.Domain.Tiers;

namespace Headless.Isolation.Tests.Support;

/// <summary>Fresh target data in a tenant, written straight to the database (never through the API under test).</summary>
public static class TenantData
{
    /// <summary>A campaign running from five days ago to ten days ahead, shaped (phases, links, pledge) before it is saved.</summary>
    public static async Task<Campaign> CampaignAsync(this Tenant tenant, bool published = true, Action<Campaign>? shape = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var now = IsolationHost.Now;
        var campaign = Campaign.Create(tenant.Id, new CampaignDetails(
            TestData.Unique("c-"), "Clean water for Kaolack", "Wells and filters.", "Ten wells before the rainy season.",
            CampaignGoal.ForAmount(new Money(5000m, "EUR")), now.AddDays(-5), now.AddDays(10), [TestData.Unique("water")]), now.AddDays(-6));
        shape?.Invoke(campaign);
        if (published)
        {
            campaign.Publish(now.AddDays(-5));
        }

        await tenant.Host.Data.AddAsync(campaign);
        return campaign;
    }

    public static async Task<DonationTier> TierAsync(this Tenant tenant, Campaign campaign, int sortOrder = 0, int? maxQuantity = null, decimal? fixedAmount = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(campaign);
        var details = fixedAmount is { } amount
            ? new TierDetails($"Tier {sortOrder}", null, "A thank-you card", TierAmountType.Fixed, amount, null, null, [], maxQuantity, null, sortOrder)
            : new TierDetails($"Tier {sortOrder}", null, "A thank-you card", TierAmountType.Flexible, null, 1m, null, [5m, 10m], maxQuantity, null, sortOrder);
        var tier = DonationTier.Create(campaign.Id, details);
        await tenant.Host.Data.AddAsync(tier);
        return tier;
    }

    public static Task<Donation> DonationAsync(this Tenant tenant, Campaign campaign, decimal amount = 25m)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.Host.Data.DonationAsync(campaign, amount);
    }

    public static async Task<ProgressUpdate> UpdateAsync(this Tenant tenant, Campaign campaign, bool published)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(campaign);
        var update = ProgressUpdate.Create(campaign.Id, "First well dug", "The village of Ndiaffate has water.", null, IsolationHost.Now.AddHours(-3));
        if (published)
        {
            update.Publish(IsolationHost.Now.AddHours(-2));
        }

        await tenant.Host.Data.AddAsync(update);
        return update;
    }

    public static async Task<ExpenseLine> ExpenseAsync(this Tenant tenant, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(campaign);
        var line = ExpenseLine.Create(campaign.Id, "Logistics", "Trucks to Kaolack", new Money(120m, campaign.Currency), IsolationHost.Now.AddDays(-2));
        await tenant.Host.Data.AddAsync(line);
        return line;
    }

    /// <summary>A member with <paramref name="role"/>: a user of the directory who never signs in.</summary>
    public static async Task<Membership> MemberAsync(this Tenant tenant, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var user = await tenant.Host.UserAsync(memberships: []);
        var membership = Membership.Create(tenant.Id, user.Id, role, IsolationHost.Now);
        await tenant.Host.Data.AddAsync(membership);
        return membership;
    }

    public static async Task<ApiClient> ApiClientAsync(this Tenant tenant, MemberRole role = MemberRole.Editor)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return (await tenant.Host.ConfidentialClientAsync(tenant.Id, role, "Newsletter tool")).Client;
    }

    public static Task<TwitterAccount> AccountAsync(this Tenant tenant, AccountRole role)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.Host.Data.AccountAsync(tenant.Ngo, role);
    }

    public static Task<LiveSession> SessionAsync(this Tenant tenant, bool started)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.Host.Data.SessionAsync(tenant.Ngo, [], started);
    }

    public static async Task<AuditEntry> AuditEntryAsync(this Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var entry = AuditEntry.Record(tenant.Id, null, "partner-crm", "updateNgo", "Ngo", tenant.Id, IsolationHost.Now.AddMinutes(-5));
        await tenant.Host.Data.AddAsync(entry);
        return entry;
    }
}
