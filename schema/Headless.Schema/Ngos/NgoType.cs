using GraphQL;
using GraphQL.Types;
using Headless.Domain.Accounts;
using Headless.Domain.Ngos;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Accounts;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;
using Headless.Schema.LiveSessions;
using Headless.Schema.Tweets;

namespace Headless.Schema.Ngos;

public sealed class NgoType : ObjectGraphType<Ngo>
{
    public NgoType()
    {
        Name = "Ngo";
        Description = "A partner NGO: it owns accounts, campaigns and live sessions.";
        this.ImplementsNode("Ngo", n => n.Id);
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<StringGraphType>("website").Resolve(c => c.Source.Website);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 code of the head office.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<StringGraphType>>("defaultCurrency").Description("ISO 4217 code.").Resolve(c => c.Source.DefaultCurrency);
        Field<StringGraphType>("logoUrl").Resolve(c => c.Source.LogoUrl);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);

        Field<TwitterAccountType>("hub")
            .Description("The account at the top of the staircase.")
            .Resolve(c => c.Service<AccountsByNgoLoader>().LoadAsync(c.Source.Id).Then(HubOf));

        Field<NonNullGraphType<ConnectionType<TwitterAccountType, TwitterAccount>>>("accounts")
            .Description("The NGO's X accounts, by handle.")
            .Argument<AccountFilterInputType>("filter")
            .ConnectionArguments()
            .Resolve(c =>
            {
                var filter = c.GetArgument<AccountFilter?>("filter");
                return c.Service<AccountsByNgoLoader>().LoadAsync(c.Source.Id)
                    .Then((accounts, _) => QueryableConnection.FromList(c, [.. accounts.Where(a => filter?.Matches(a) ?? true)]));
            });

        Field<NonNullGraphType<ConnectionType<CampaignType, Headless.Domain.Campaigns.Campaign>>>("campaigns")
            .Description("The NGO's campaigns visible to the viewer.")
            .Argument<CampaignFilterInputType>("filter")
            .Argument<CampaignOrderInputType>("order")
            .ConnectionArguments()
            .ResolveAsync(async c => await CampaignQueries.ListAsync(c, ngoId: c.Source.Id));

        Field<NonNullGraphType<ConnectionType<LiveSessionType, Headless.Domain.LiveSessions.LiveSession>>>("liveSessions")
            .Argument<LiveSessionFilterInputType>("filter")
            .Argument<LiveSessionOrderInputType>("order")
            .ConnectionArguments()
            .ResolveAsync(async c => await LiveSessionQueries.ListAsync(c, ngoId: c.Source.Id));

        Field<NonNullGraphType<ConnectionType<TweetType, Headless.Domain.Tweets.Tweet>>>("tweets")
            .Description("Tweets by the NGO's own accounts, newest first.")
            .Argument<TweetFilterInputType>("filter")
            .ConnectionArguments()
            .ResolveAsync(async c => await TweetConnections.ByNgoAsync(c, c.Source.Id));

        this.AddPrivateFields();
    }

    private static TwitterAccount? HubOf(IReadOnlyList<TwitterAccount> accounts) =>
        accounts.Where(a => a.ParentId is null).OrderBy(a => a.Role == AccountRole.Hub ? 0 : 1).ThenBy(a => a.CreatedAt).FirstOrDefault();
}
