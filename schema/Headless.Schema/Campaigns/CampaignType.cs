using GraphQL;
using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Ngos;
using Headless.Schema.Tiers;
using Headless.Schema.Tweets;

namespace Headless.Schema.Campaigns;

public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A time-limited fundraising call, keyed by hashtags, with phases, tiers, updates and spending.";
        this.ImplementsNode("Campaign", c => c.Id);
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("summary").Resolve(c => c.Source.Summary);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<NgoType>>("ngo").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
        Field<NonNullGraphType<CampaignStatusType>>("status").Description("Derived from publication and time.").Resolve(c => c.Source.StatusAt(c.Now()));
        Field<NonNullGraphType<CampaignGoalType>>("goal").Resolve(c => c.Source.Goal);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code of the goal, donations and pledge.").Resolve(c => c.Source.Currency);
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<DateTimeGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<DateTimeGraphType>("archivedAt").Resolve(c => c.Source.ArchivedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Changes with every edit; send it back as expectedVersion to detect concurrent edits.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags")
            .Description("Hashtags without '#'.")
            .Resolve(c => c.Source.Hashtags.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Text).ToList());
        Field<NonNullGraphType<ConnectionType<CampaignPhaseType, CampaignPhase>>>("phases")
            .Description("Key relaunch moments, in time order.")
            .ConnectionArguments()
            .ResolveAsync(async c => await QueryableConnection.FromList(c, [.. c.Source.Phases.OrderBy(p => p.StartsAt)]));
        Field<CampaignPhaseType>("currentPhase").Resolve(c => c.Source.CurrentPhaseAt(c.Now()));
        Field<NonNullGraphType<ConnectionType<DonationLinkType, DonationLink>>>("donationLinks")
            .Description("Where to give: the platforms that collect the donations.")
            .ConnectionArguments()
            .ResolveAsync(async c => await QueryableConnection.FromList(c, [.. c.Source.DonationLinks.OrderBy(l => l.Platform).ThenBy(l => l.Url, StringComparer.Ordinal)]));
        Field<PledgeMatchingRuleType>("matchingRule")
            .Description("A sponsor's pledge per engagement, if any.")
            .Resolve(c => c.Source.MatchingRule is { } rule ? new CampaignPledge(c.Source, rule) : null);
        Field<NonNullGraphType<CampaignProgressType>>("progress")
            .Resolve(c => c.Service<CampaignProgressLoader>().LoadAsync(c.Source.Id)
                .Then(totals => CampaignProgressCalculator.For(c.Source, totals, c.Now())));
        Field<NonNullGraphType<ConnectionType<DonationTierType, Headless.Domain.Tiers.DonationTier>>>("tiers")
            .Description("Ways to give, in display order.")
            .Argument<TierFilterInputType>("filter")
            .ConnectionArguments()
            .Resolve(c =>
            {
                var filter = c.GetArgument<TierFilter?>("filter");
                var now = c.Now();
                return c.Service<TiersByCampaignLoader>().LoadAsync(c.Source.Id)
                    .Then((tiers, _) => QueryableConnection.FromList(c, [.. tiers.Where(t => TierFilter.Matches(filter, t, now))]));
            });
        this.AddCampaignRecordFields();
        Field<NonNullGraphType<ConnectionType<TweetType, Headless.Domain.Tweets.Tweet>>>("tweets")
            .Description("Tweets matched to the campaign, newest first.")
            .Argument<TweetFilterInputType>("filter")
            .ConnectionArguments()
            .ResolveAsync(async c => await TweetConnections.ByCampaignAsync(c, c.Source.Id));
    }
}
