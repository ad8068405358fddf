using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Expenses;

public sealed class ExpenseTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string ExpenseFields = "expense { id category description amount { amount currency } spentOn campaign { id expensesTotal { amount currency } } }";

    private const string Add = "mutation($input: AddExpenseInput!) { addExpense(input: $input) { " + ExpenseFields + " " + Documents.Errors + " } }";

    private const string Edit = "mutation($input: EditExpenseInput!) { editExpense(input: $input) { " + ExpenseFields + " " + Documents.Errors + " } }";

    private const string Remove = "mutation($input: RemoveExpenseInput!) { removeExpense(input: $input) { campaign { id expenses { totalCount } } " + Documents.Errors + " } }";

    [Fact]
    public async Task An_admin_publishes_an_expense_in_the_campaign_currency()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        await host.Data.ExpenseAsync(tenant.Campaign, "Transport", "Trucks", 100.10m, host.Data.Now.AddDays(-3));

        var expense = (await host.DataAsync(admin, Add, AddInput(tenant.CampaignId, "1250.45"))).Succeeded("addExpense", "expense");

        Assert.Equal(("1250.45", "EUR"), (expense["amount"].Text("amount"), expense["amount"].Text("currency")));
        Assert.Equal("1350.55", expense["campaign"]!["expensesTotal"].Text("amount"));
        var expenseId = GlobalId.DecodeFor("ExpenseLine", expense.Text("id"))!.Value;
        await using var db = host.Db();
        var stored = await db.ExpenseLines.SingleAsync(e => e.Id == expenseId);
        Assert.Equal((1250.45m, "EUR"), (stored.Amount, stored.Currency));
        await AuditAssert.WrittenAsync(host, "addExpense", "ExpenseLine", expenseId, tenant.Ngo.Id, admin.UserId);
    }

    [Theory]
    [InlineData("0", "Water pumps", "NOT_POSITIVE", "input.amount")]
    [InlineData("10", " ", "REQUIRED", "input.category")]
    public async Task An_invalid_expense_names_its_field(string amount, string category, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Admin), Add, AddInput(tenant.CampaignId, amount, category)));

        data.Failed("addExpense", "expense", code, field);
    }

    [Fact]
    public async Task Editing_and_removing_an_expense_are_audited()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        var line = await host.Data.ExpenseAsync(tenant.Campaign, "Transport", "Trucks", 100m, host.Data.Now.AddDays(-3));
        var expenseId = GlobalId.Encode("ExpenseLine", line.Id);

        var edited = (await host.DataAsync(admin, Edit, new { input = new { expenseId, category = "Logistics", description = "Two trucks", amount = "180.00", spentOn = "2026-05-29T00:00:00Z" } }))
            .Succeeded("editExpense", "expense");
        var campaign = (await host.DataAsync(admin, Remove, new { input = new { expenseId } })).Succeeded("removeExpense", "campaign");

        Assert.Equal(("Logistics", "180.00"), (edited.Text("category"), edited["amount"].Text("amount")));
        Assert.Equal(0, campaign["expenses"]!["totalCount"]!.GetValue<int>());
        await AuditAssert.WrittenAsync(host, "editExpense", "ExpenseLine", line.Id, tenant.Ngo.Id, admin.UserId);
        await AuditAssert.WrittenAsync(host, "removeExpense", "ExpenseLine", line.Id, tenant.Ngo.Id, admin.UserId);
    }

    [Theory]
    [InlineData(MemberRole.Editor)]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Only_admins_change_expenses(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);
        var line = await host.Data.ExpenseAsync(tenant.Campaign, "Transport", "Trucks", 100m, host.Data.Now.AddDays(-3));
        var viewer = role is { } r ? tenant.As(r) : Viewer.Anonymous;

        var added = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, Add, AddInput(tenant.CampaignId, "10")));
        var removed = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, Remove, new { input = new { expenseId = GlobalId.Encode("ExpenseLine", line.Id) } }));

        added.Failed("addExpense", "expense", "FORBIDDEN");
        removed.Failed("removeExpense", "campaign", "FORBIDDEN");
    }

    [Fact]
    public async Task Unknown_expenses_and_those_of_another_NGOs_draft_are_not_found()
    {
        var draft = await Tenant.CreateAsync(host, published: false);
        var other = await Tenant.CreateAsync(host);
        var hidden = await host.Data.ExpenseAsync(draft.Campaign, "Transport", "Trucks", 100m, host.Data.Now.AddDays(-3));
        var owner = other.As(MemberRole.Owner);

        var foreign = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(owner, Remove, new { input = new { expenseId = GlobalId.Encode("ExpenseLine", hidden.Id) } }));
        var unknown = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(owner, Remove, new { input = new { expenseId = GlobalId.Encode("ExpenseLine", Guid.NewGuid()) } }));

        foreign.Failed("removeExpense", "campaign", "NOT_FOUND");
        unknown.Failed("removeExpense", "campaign", "NOT_FOUND");
    }

    private static object AddInput(string campaignId, string amount, string category = "Water pumps") =>
        new { input = new { campaignId, category, description = "Three solar pumps", amount, spentOn = "2026-05-30T00:00:00Z" } };
}
