using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class ExpenseLineTests
{
    [Fact]
    public void An_expense_line_keeps_its_exact_amount()
    {
        var campaignId = Guid.NewGuid();

        var line = ExpenseLine.Create(campaignId, " Logistics ", " Trucks to Tacloban ", new Money(1234.56m, "eur"), Utc.March(12));

        Assert.Equal(campaignId, line.CampaignId);
        Assert.Equal("Logistics", line.Category);
        Assert.Equal("Trucks to Tacloban", line.Description);
        Assert.Equal(new Money(1234.56m, "EUR"), line.Money);
        Assert.Equal(Utc.March(12), line.SpentOn);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void An_expense_must_be_positive(string amount)
    {
        DomainAssert.Broken(
            () => ExpenseLine.Create(Guid.NewGuid(), "Logistics", "Trucks", new Money(Numbers.Dec(amount), "EUR"), Utc.March(12)),
            "amount",
            "NOT_POSITIVE");
    }

    [Theory]
    [InlineData(" ", "Trucks", "category")]
    [InlineData("Logistics", "", "description")]
    public void Category_and_description_are_required(string category, string description, string field)
    {
        DomainAssert.Broken(
            () => ExpenseLine.Create(Guid.NewGuid(), category, description, new Money(1m, "EUR"), Utc.March(12)),
            field,
            "REQUIRED");
    }

    [Fact]
    public void A_rejected_edit_keeps_the_line()
    {
        var line = ExpenseLine.Create(Guid.NewGuid(), "Logistics", "Trucks", new Money(10m, "EUR"), Utc.March(12));

        DomainAssert.Broken(() => line.Edit("Logistics", "Trucks", new Money(0m, "EUR"), Utc.March(13)), "amount", "NOT_POSITIVE");
        Assert.Equal(10m, line.Amount);
        Assert.Equal(Utc.March(12), line.SpentOn);
    }

    [Theory]
    [InlineData("local time", "spentOn", "NOT_UTC")]
    [InlineData("blank description", "description", "REQUIRED")]
    public void A_refused_edit_changes_no_field(string brokenRule, string field, string code)
    {
        var line = ExpenseLine.Create(Guid.NewGuid(), "Logistics", "Trucks", new Money(10m, "EUR"), Utc.March(12));
        var (description, spentOn) = brokenRule == "local time" ? ("Fuel", Utc.LocalTime()) : (" ", Utc.March(13));

        DomainAssert.Broken(() => line.Edit("Medical", description, new Money(99m, "USD"), spentOn), field, code);

        Assert.Equal("Logistics", line.Category);
        Assert.Equal("Trucks", line.Description);
        Assert.Equal(new Money(10m, "EUR"), line.Money);
        Assert.Equal(Utc.March(12), line.SpentOn);
    }
}
