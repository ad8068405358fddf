using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Accounts;

public sealed class AccountAmplificationType : ObjectGraphType<AccountAmplification>
{
    public AccountAmplificationType()
    {
        Name = "AccountAmplification";
        Description = "Staircase statistics: how much of the account's own output its hub retweeted.";
        Field<NonNullGraphType<IntGraphType>>("tweetCount").Description("Tweets received from this account.").Resolve(c => c.Source.TweetCount);
        Field<NonNullGraphType<IntGraphType>>("originalCount").Description("Its original tweets (not retweets, replies or quotes).").Resolve(c => c.Source.OriginalCount);
        Field<NonNullGraphType<IntGraphType>>("amplifiedByHubCount").Description("Its original tweets that the hub retweeted.").Resolve(c => c.Source.AmplifiedByHubCount);
        Field<NonNullGraphType<ExactDecimalGraphType>>("amplificationRate").Description("Percentage of its originals that the hub retweeted.").Resolve(c => c.Source.AmplificationRate);
        Field<NonNullGraphType<IntGraphType>>("retweetsOfOthersCount").Description("Retweets this account made of other accounts.").Resolve(c => c.Source.RetweetsOfOthersCount);
    }
}
