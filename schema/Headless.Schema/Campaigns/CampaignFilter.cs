using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed record CampaignFilter(IReadOnlyList<CampaignStatus>? Status, string? Hashtag, string? NgoSlug, string? Search);
