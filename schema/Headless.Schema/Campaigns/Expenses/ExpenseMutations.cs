using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns.Expenses;

/// <summary>The spending published for transparency (ADMIN), always in the campaign's currency.</summary>
internal static class ExpenseMutations
{
    public static void AddExpenseMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<AddExpenseInputType, AddExpenseInput, ExpenseLineType, ExpenseLine>(
            "addExpense", "Publishes a line of spending, in the campaign's currency (ADMIN).", "expense", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, expectedVersion: null, MemberRole.Admin);
                var line = ExpenseLine.Create(campaign.Id, input.Category, input.Description, new Money(input.Amount, campaign.Currency), input.SpentOn);
                m.Db.ExpenseLines.Add(line);
                m.Audit(campaign.NgoId, "ExpenseLine", line.Id);
                return line;
            });

        mutation.AddMutation<EditExpenseInputType, EditExpenseInput, ExpenseLineType, ExpenseLine>(
            "editExpense", "Corrects a line of spending (ADMIN).", "expense", async (m, input) =>
            {
                var (line, campaign) = await LoadAsync(m, input.ExpenseId);
                line.Edit(input.Category, input.Description, new Money(input.Amount, campaign.Currency), input.SpentOn);
                m.Audit(campaign.NgoId, "ExpenseLine", line.Id);
                return line;
            });

        mutation.AddMutation<RemoveExpenseInputType, RemoveExpenseInput, CampaignType, Campaign>(
            "removeExpense", "Removes a line of spending (ADMIN); returns its campaign.", "campaign", async (m, input) =>
            {
                var (line, campaign) = await LoadAsync(m, input.ExpenseId);
                m.Db.ExpenseLines.Remove(line);
                m.Audit(campaign.NgoId, "ExpenseLine", line.Id);
                return campaign;
            });
    }

    private static async Task<(ExpenseLine Line, Campaign Campaign)> LoadAsync(MutationContext m, string expenseGlobalId)
    {
        var id = m.Id(expenseGlobalId, "ExpenseLine", "expenseId");
        var line = m.Found(await m.Db.ExpenseLines.FirstOrDefaultAsync(e => e.Id == id, m.CancellationToken), "expense line");
        return (line, await EditableCampaigns.LoadByIdAsync(m, line.CampaignId, expectedVersion: null, MemberRole.Admin));
    }
}
