using Headless.Api.Tests.Infrastructure;
using Headless.Data;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Mutations.Tests.Donations.DonationDocuments;

namespace Headless.Mutations.Tests.Donations;

/// <summary>
/// Races that SQLite cannot show, since it runs one writer at a time: on PostgreSQL, transactions recording
/// donations overlap for real, so the tier's concurrency token and the unique reference are what keep them apart.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class DonationRacePostgresTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task Donors_racing_for_a_limited_tier_never_oversell_it()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        var (tenant, tierId) = await TierAsync(api, places: 3);

        var codes = await RaceAsync(api, tenant, 12, i => RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId));

        Assert.Equal(3, codes.Count(c => c == "OK"));
        Assert.Equal(9, codes.Count(c => c == "SOLD_OUT"));
        await using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        var tier = await db.Tiers.SingleAsync(t => t.Id == GlobalId.DecodeFor("DonationTier", tierId));
        Assert.Equal(3, tier.ClaimedQuantity);
        Assert.Equal(3, await db.Donations.CountAsync(d => d.TierId == tier.Id));
    }

    [PostgresFact]
    public async Task Donors_racing_for_an_unlimited_tier_are_all_recorded()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        var (tenant, tierId) = await TierAsync(api, places: null);

        var codes = await RaceAsync(api, tenant, 12, i => RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId));

        Assert.All(codes, c => Assert.Equal("OK", c));
        await using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        Assert.Equal(12, (await db.Tiers.SingleAsync(t => t.Id == GlobalId.DecodeFor("DonationTier", tierId))).ClaimedQuantity);
    }

    [PostgresFact]
    public async Task The_same_report_racing_with_itself_is_recorded_once()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        var (tenant, _) = await TierAsync(api, places: null);
        var reference = TestData.Unique("r-");

        var codes = await RaceAsync(api, tenant, 8, _ => RecordInput(tenant.CampaignId, reference, "50"));

        Assert.All(codes, c => Assert.Equal("OK", c));
        await using var db = api.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
        Assert.Equal(1, await db.Donations.CountAsync(d => d.ExternalReference == reference));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Operation == "recordDonation"));
    }

    private static async Task<(Tenant Tenant, string TierId)> TierAsync(HeadlessApiFactory api, int? places)
    {
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo);
        var tier = await api.Data.TierAsync(campaign, new TierDetails("Dinner with the team", null, null, TierAmountType.Fixed, 50m, null, null, [], places, null, 0));
        return (new Tenant(ngo, campaign), GlobalId.Encode("DonationTier", tier.Id));
    }

    private static async Task<List<string>> RaceAsync(HeadlessApiFactory api, Tenant tenant, int donors, Func<int, object> input)
    {
        var admin = tenant.As(MemberRole.Admin);
        var results = await Task.WhenAll(Enumerable.Range(0, donors).Select(i => Task.Run(() => api.DataAsync(admin, RecordDonation, input(i)))));
        return [.. results.Select(r => r["recordDonation"]!["errors"]!.AsArray().Select(e => e.Text("code")).SingleOrDefault("OK"))];
    }
}
