using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Donations;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.Cases.CampaignCases;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>A campaign's records: donations and expenses (ADMIN), progress updates (EDITOR).</summary>
internal static class RecordCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] donations = [typeof(Donation)];
        Type[] updates = [typeof(ProgressUpdate)];
        Type[] expenses = [typeof(ExpenseLine)];

        yield return Case("recordDonation", Need.Admin, donations, async t => new
        {
            campaignId = Id(await t.CampaignAsync()),
            amount = new { amount = "25.50", currency = "EUR" },
            platform = "HELLOASSO",
            externalReference = TestData.Unique("ha-"),
            donorName = "Awa",
            receivedAt = IsolationHost.Now.AddHours(-1),
        });

        yield return Case("refundDonation", Need.Admin, donations, async t =>
            new { donationId = NodeId.Of("Donation", (await t.DonationAsync(await t.CampaignAsync())).Id) });

        yield return Case("postUpdate", Need.Editor, updates, async t =>
            new { campaignId = Id(await t.CampaignAsync()), title = "Second well", body = "Drilling started." });

        yield return Case("editUpdate", Need.Editor, updates, async t =>
            new { updateId = UpdateId(await t.UpdateAsync(await t.CampaignAsync(), published: true)), title = "First well (fixed)", body = "Corrected." });

        yield return Case("publishUpdate", Need.Editor, updates, async t => new { updateId = UpdateId(await t.UpdateAsync(await t.CampaignAsync(), published: false)) });
        yield return Case("deleteUpdate", Need.Editor, updates, async t => new { updateId = UpdateId(await t.UpdateAsync(await t.CampaignAsync(), published: true)) });

        yield return Case("addExpense", Need.Admin, expenses, async t => new
        {
            campaignId = Id(await t.CampaignAsync()),
            category = "Equipment",
            description = "Water filters",
            amount = "340.20",
            spentOn = IsolationHost.Now.AddDays(-1),
        });

        yield return Case("editExpense", Need.Admin, expenses, async t => new
        {
            expenseId = ExpenseId(await t.ExpenseAsync(await t.CampaignAsync())),
            category = "Logistics",
            description = "Trucks, corrected",
            amount = "130",
            spentOn = IsolationHost.Now.AddDays(-2),
        });

        yield return Case("removeExpense", Need.Admin, expenses, async t => new { expenseId = ExpenseId(await t.ExpenseAsync(await t.CampaignAsync())) });
    }

    private static string UpdateId(ProgressUpdate update) => NodeId.Of("ProgressUpdate", update.Id);

    private static string ExpenseId(ExpenseLine line) => NodeId.Of("ExpenseLine", line.Id);
}
