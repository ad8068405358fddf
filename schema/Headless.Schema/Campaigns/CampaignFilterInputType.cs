using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class CampaignFilterInputType : InputObjectGraphType<CampaignFilter>
{
    public CampaignFilterInputType()
    {
        Name = "CampaignFilter";
        Field<ListGraphType<NonNullGraphType<CampaignStatusType>>>("status").Description("Any of these statuses; by default every status but ARCHIVED.");
        Field<StringGraphType>("hashtag").Description("Campaigns keyed by this hashtag ('#' optional, case-insensitive).");
        Field<StringGraphType>("ngoSlug").Description("Campaigns of this NGO.");
        Field<StringGraphType>("search").Description("Words in the title or summary, case-insensitive.");
    }
}
