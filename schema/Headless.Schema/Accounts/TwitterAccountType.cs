using GraphQL.Types;
using Headless.Domain.Accounts;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Ngos;
using Headless.Schema.Tweets;

namespace Headless.Schema.Accounts;

public sealed class TwitterAccountType : ObjectGraphType<TwitterAccount>
{
    public TwitterAccountType()
    {
        Name = "TwitterAccount";
        Description = "One of an NGO's X accounts, placed in its staircase (hub, regional, local, ambassador, staff).";
        this.ImplementsNode("TwitterAccount", a => a.Id);
        Field<NonNullGraphType<StringGraphType>>("handle").Description("The X username, without '@'.").Resolve(c => c.Source.Handle);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => $"https://x.com/{c.Source.Handle}");
        Field<StringGraphType>("xUserId").Description("The X user id, once resolved.").Resolve(c => c.Source.XUserId);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<AccountRoleType>>("role").Resolve(c => c.Source.Role);
        Field<StringGraphType>("region").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<NgoType>>("ngo").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
        Field<TwitterAccountType>("parent")
            .Description("The account above this one; null at the top.")
            .Resolve(c => c.Source.ParentId is { } id ? c.Service<AccountByIdLoader>().LoadAsync(id) : DataLoaderResult.FromValue<TwitterAccount?>(null));
        Field<NonNullGraphType<TwitterAccountType>>("hub")
            .Description("The top of this account's staircase (itself when it is the top).")
            .Resolve(c => c.Service<AccountsByNgoLoader>().LoadAsync(c.Source.NgoId)
                .Then(accounts => new AccountStaircase(c.Source.NgoId, accounts).RootOf(c.Source)));
        Field<NonNullGraphType<ConnectionType<TwitterAccountType, TwitterAccount>>>("children")
            .Description("The accounts directly beneath this one, by handle.")
            .ConnectionArguments()
            .Resolve(c => c.Service<ChildrenByParentLoader>().LoadAsync(c.Source.Id)
                .Then((children, _) => QueryableConnection.FromList(c, children)));
        Field<NonNullGraphType<AccountAmplificationType>>("amplification")
            .Resolve(c => c.Service<AmplificationLoader>().LoadAsync(c.Source.Id).Then(a => a ?? AccountAmplification.None));
        Field<NonNullGraphType<ConnectionType<TweetType, Headless.Domain.Tweets.Tweet>>>("tweets")
            .Description("Tweets by this account, newest first.")
            .Argument<TweetFilterInputType>("filter")
            .ConnectionArguments()
            .ResolveAsync(async c => await TweetConnections.ByAccountAsync(c, c.Source.Id));
    }
}
