using Headless.Api.Tests.Infrastructure;
using Headless.Data;
using Headless.Domain.Members;
using Headless.Isolation.Tests.Support;
using Headless.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Isolation.Tests.Concurrency.DonationBurst;

namespace Headless.Isolation.Tests.Concurrency;

/// <summary>
/// Platforms resend their reports and donors race for the last places: through HTTP, with a real ADMIN
/// partner token, the same report is recorded once and a limited tier is never oversold.
/// </summary>
public sealed class DonationConcurrencyTests(IsolationHosts hosts) : IClassFixture<IsolationHosts>
{
    private const int Replays = 100;
    private const int Donors = 50;
    private const int PlacesLeft = 10;
    private const int PlacesTaken = 3;
    private const decimal TierAmount = 20m;

    [PostgresFact]
    public async Task The_same_report_sent_100_times_at_once_is_recorded_once_on_PostgreSQL() => await SameReportAsync(await hosts.PostgresAsync());

    [Fact]
    public async Task The_same_report_sent_100_times_at_once_is_recorded_once_on_SQLite() => await SameReportAsync(await hosts.SqliteAsync());

    [PostgresFact]
    public async Task Fifty_donors_racing_for_ten_places_get_exactly_ten_on_PostgreSQL() => await LastPlacesAsync(await hosts.PostgresAsync());

    [Fact]
    public async Task Fifty_donors_racing_for_ten_places_get_exactly_ten_on_SQLite() => await LastPlacesAsync(await hosts.SqliteAsync());

    private static async Task SameReportAsync(IsolationWorld world)
    {
        var tenant = await world.NewTenantAsync();
        var campaign = await tenant.CampaignAsync();
        using var admin = world.Host.Client(await tenant.TokenAsync(MemberRole.Admin));
        var reference = TestData.Unique("ha-");

        var payloads = await RecordAllAsync(admin, Enumerable.Range(0, Replays).Select(_ => Input(campaign, reference, 42.50m)));

        Assert.All(payloads, p => Assert.Empty(ErrorCodes(p)));
        var ids = payloads.Select(DonationId).Distinct().ToList();
        Assert.Single(ids);
        Assert.NotNull(ids[0]);
        await using var db = Db(world);
        Assert.Equal(1, await db.Donations.CountAsync(d => d.ExternalReference == reference));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.NgoId == tenant.Id && a.Operation == "recordDonation"));
        Assert.Equal((42.50m, 1), await TotalsAsync(admin, tenant, campaign));
    }

    private static async Task LastPlacesAsync(IsolationWorld world)
    {
        var tenant = await world.NewTenantAsync();
        var campaign = await tenant.CampaignAsync();
        var tier = await tenant.TierAsync(campaign, maxQuantity: PlacesTaken + PlacesLeft, fixedAmount: TierAmount);
        var tierId = NodeId.Of("DonationTier", tier.Id);
        using var admin = world.Host.Client(await tenant.TokenAsync(MemberRole.Admin));
        for (var i = 0; i < PlacesTaken; i++)
        {
            Assert.Empty(ErrorCodes((await RecordAllAsync(admin, [Input(campaign, TestData.Unique("early-"), TierAmount, tierId)]))[0]));
        }

        Assert.Equal((PlacesLeft, "AVAILABLE"), await PlacesAsync(admin, tierId));

        var payloads = await RecordAllAsync(admin, Enumerable.Range(0, Donors).Select(_ => Input(campaign, TestData.Unique("race-"), TierAmount, tierId)));

        var accepted = payloads.Where(p => ErrorCodes(p).Count == 0).ToList();
        var refused = payloads.Where(p => ErrorCodes(p).Count > 0).ToList();
        Assert.Equal(PlacesLeft, accepted.Count);
        Assert.All(accepted, p => Assert.NotNull(DonationId(p)));
        Assert.Equal(Donors - PlacesLeft, refused.Count);
        Assert.All(refused, p => Assert.Equal(["ConflictError:SOLD_OUT"], ErrorCodes(p)));
        Assert.Equal((0, "SOLD_OUT"), await PlacesAsync(admin, tierId));
        Assert.Equal(((PlacesTaken + PlacesLeft) * TierAmount, PlacesTaken + PlacesLeft), await TotalsAsync(admin, tenant, campaign));
        await using var db = Db(world);
        Assert.Equal(PlacesTaken + PlacesLeft, await db.Donations.CountAsync(d => d.TierId == tier.Id));
        Assert.Equal(PlacesTaken + PlacesLeft, await db.AuditEntries.CountAsync(a => a.NgoId == tenant.Id && a.Operation == "recordDonation"));
    }

    private static HeadlessDbContext Db(IsolationWorld world) =>
        world.Host.Factory.Services.GetRequiredService<HeadlessDbContextFactory>().CreateDbContext();
}
