using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Campaigns;

internal static class CampaignMutationDocuments
{
    private const string CampaignFields = "campaign { id status version hashtags publishedAt archivedAt }";

    public const string Publish = "mutation($input: PublishCampaignInput!) { publishCampaign(input: $input) { " + CampaignFields + " " + Documents.Errors + " } }";

    public const string Unpublish = "mutation($input: UnpublishCampaignInput!) { unpublishCampaign(input: $input) { " + CampaignFields + " " + Documents.Errors + " } }";

    public const string Archive = "mutation($input: ArchiveCampaignInput!) { archiveCampaign(input: $input) { " + CampaignFields + " " + Documents.Errors + " } }";

    public const string SetHashtags = "mutation($input: SetCampaignHashtagsInput!) { setCampaignHashtags(input: $input) { " + CampaignFields + " " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id title } " + Documents.Errors + " } }";

    public const string Create = "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } " + Documents.Errors + " } }";

    public const string BySlug = "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { id status version } }";

    public static object Change(string campaignId, int? expectedVersion = null) => new { input = new { campaignId, expectedVersion } };

    public static object Hashtags(string campaignId, params string[] hashtags) => new { input = new { campaignId, hashtags } };

    public static object CampaignInput(string slug, string title, string currency = "EUR") => new
    {
        slug,
        title,
        summary = (string?)null,
        description = (string?)null,
        goal = new { type = "AMOUNT", amount = "5000", currency },
        startsAt = "2026-06-10T00:00:00Z",
        endsAt = "2026-07-10T00:00:00Z",
        hashtags = new[] { "WaterForAll" },
    };
}
