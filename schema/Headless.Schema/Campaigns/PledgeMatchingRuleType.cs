using GraphQL.Types;
using Headless.Domain.Common;
using Headless.GraphQL.DataLoading;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class PledgeMatchingRuleType : ObjectGraphType<CampaignPledge>
{
    public PledgeMatchingRuleType()
    {
        Name = "PledgeMatchingRule";
        Description = "A sponsor gives an amount per retweet, reply or quote of the campaign's hashtag, up to a cap.";
        Field<NonNullGraphType<StringGraphType>>("sponsorName").Resolve(c => c.Source.Rule.SponsorName);
        Field<NonNullGraphType<MoneyType>>("perRetweet").Resolve(c => Money(c.Source, c.Source.Rule.PerRetweet));
        Field<NonNullGraphType<MoneyType>>("perReply").Resolve(c => Money(c.Source, c.Source.Rule.PerReply));
        Field<NonNullGraphType<MoneyType>>("perQuote").Resolve(c => Money(c.Source, c.Source.Rule.PerQuote));
        Field<NonNullGraphType<MoneyType>>("cap").Resolve(c => Money(c.Source, c.Source.Rule.Cap));
        Field<NonNullGraphType<BooleanGraphType>>("oncePerAuthor").Description("Each author's engagements count once.").Resolve(c => c.Source.Rule.OncePerAuthor);
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(c => c.Source.Rule.StartsAt);
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(c => c.Source.Rule.EndsAt);
        Field<NonNullGraphType<MoneyType>>("matchedAmount")
            .Description("Matched so far, capped.")
            .Resolve(c => c.Service<CampaignProgressLoader>().LoadAsync(c.Source.Campaign.Id)
                .Then(t => Money(c.Source, Math.Min(c.Source.Rule.Cap, t?.PledgedBeforeCap ?? 0m))));
    }

    private static Money Money(CampaignPledge pledge, decimal amount) => new(amount, pledge.Campaign.Currency);
}
