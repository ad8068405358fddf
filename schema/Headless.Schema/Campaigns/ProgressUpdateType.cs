using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class ProgressUpdateType : ObjectGraphType<ProgressUpdate>
{
    public ProgressUpdateType()
    {
        Name = "ProgressUpdate";
        Description = "A behind-the-scenes post or preview about a campaign.";
        this.ImplementsNode("ProgressUpdate", u => u.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(c => c.Source.Body);
        Field<DateTimeGraphType>("publishedAt").Description("Null while a draft.").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<StringGraphType>("tweetUrl").Resolve(c => c.Source.TweetUrl);
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
    }
}
