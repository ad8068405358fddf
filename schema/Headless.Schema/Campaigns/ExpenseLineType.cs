using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class ExpenseLineType : ObjectGraphType<ExpenseLine>
{
    public ExpenseLineType()
    {
        Name = "ExpenseLine";
        Description = "One line of spending, published for transparency.";
        this.ImplementsNode("ExpenseLine", e => e.Id);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<MoneyType>>("amount").Resolve(c => c.Source.Money);
        Field<NonNullGraphType<DateTimeGraphType>>("spentOn").Resolve(c => c.Source.SpentOn);
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
    }
}
