using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Headless.Domain.Common;
using Headless.Domain.Tiers;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;

namespace Headless.Schema.Tiers;

public sealed class DonationTierType : ObjectGraphType<DonationTier>
{
    public DonationTierType()
    {
        Name = "DonationTier";
        Description = "A way to give, \"from 1 € to infinity\", with an optional reward, scarcity and end date.";
        this.ImplementsNode("DonationTier", t => t.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<StringGraphType>("reward").Description("What the donor gets in return (contrepartie).").Resolve(c => c.Source.Reward);
        Field<NonNullGraphType<TierAmountTypeType>>("amountType").Resolve(c => c.Source.AmountType);
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
        Field<MoneyType>("amount").Description("The amount of a FIXED tier.").Resolve(c => Currency(c).Then(currency => Money(currency, c.Source.Amount)));
        Field<MoneyType>("minimumAmount").Description("The minimum of a FLEXIBLE tier (at least 1).").Resolve(c => Currency(c).Then(currency => Money(currency, c.Source.MinimumAmount)));
        Field<MoneyType>("maximumAmount").Description("The maximum of a FLEXIBLE tier; null means no limit.").Resolve(c => Currency(c).Then(currency => Money(currency, c.Source.MaximumAmount)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("presets")
            .Description("Suggested amounts of a FLEXIBLE tier.")
            .Resolve(c => Currency(c).Then(currency => c.Source.Presets.Select(p => new Money(p, currency)).ToList()));
        Field<IntGraphType>("maxQuantity").Description("How many can be taken in all; null means unlimited.").Resolve(c => c.Source.MaxQuantity);
        Field<IntGraphType>("availableQuantity").Description("How many are left; null means unlimited.").Resolve(c => c.Source.RemainingQuantity);
        Field<DateTimeGraphType>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Resolve(c => c.Source.SortOrder);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Changes with every edit; send it back as expectedVersion to detect concurrent edits.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<TierAvailabilityType>>("availability").Resolve(c => c.Source.AvailabilityAt(c.Now()));
    }

    private static IDataLoaderResult<string> Currency(IResolveFieldContext<DonationTier> context) =>
        context.Service<CampaignCurrencyLoader>().LoadAsync(context.Source.CampaignId)
            .Then(currency => currency ?? throw new InvalidOperationException("A tier without its campaign."));

    private static Money? Money(string currency, decimal? amount) => amount is { } a ? new Money(a, currency) : null;
}
