using GraphQL;
using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Donations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>The campaign's open-ended lists: donations, updates and expenses, paged in the database.</summary>
internal static class CampaignRecordFields
{
    public static void AddCampaignRecordFields(this ObjectGraphType<Campaign> type)
    {
        type.Field<NonNullGraphType<ConnectionType<DonationType, Donation>>>("donations")
            .Description("Recorded donations, newest first (refunded ones excluded).")
            .ConnectionArguments()
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                return await QueryableConnection.BuildAsync(c, db => db.Donations
                    .Where(d => d.CampaignId == id && d.RefundedAt == null)
                    .OrderByDescending(d => d.ReceivedAt).ThenBy(d => d.Id));
            });

        type.Field<NonNullGraphType<ConnectionType<ProgressUpdateType, ProgressUpdate>>>("updates")
            .Description("Behind-the-scenes posts and previews, newest first; drafts only for the NGO's members.")
            .ConnectionArguments()
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                var members = c.Viewer().IsMemberOf(c.Source.NgoId);
                return await QueryableConnection.BuildAsync(c, db => db.ProgressUpdates
                    .Where(u => u.CampaignId == id && (members || u.PublishedAt != null))
                    .OrderByDescending(u => u.PublishedAt ?? u.CreatedAt).ThenBy(u => u.Id));
            });

        type.Field<NonNullGraphType<ConnectionType<ExpenseLineType, ExpenseLine>>>("expenses")
            .Description("Spending, for transparency, newest first.")
            .ConnectionArguments()
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                return await QueryableConnection.BuildAsync(c, db => db.ExpenseLines
                    .Where(e => e.CampaignId == id)
                    .OrderByDescending(e => e.SpentOn).ThenBy(e => e.Id));
            });

        type.Field<NonNullGraphType<MoneyType>>("expensesTotal")
            .Description("The sum of the expense lines.")
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                await using var db = c.Db();

                // Summed here: SQLite cannot add decimals exactly.
                var amounts = await db.ExpenseLines.Where(e => e.CampaignId == id).Select(e => e.Amount).ToListAsync(c.CancellationToken);
                return new Money(amounts.Sum(), c.Source.Currency);
            });
    }
}
