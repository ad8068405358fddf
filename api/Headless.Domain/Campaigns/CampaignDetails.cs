namespace Headless.Domain.Campaigns;

public sealed record CampaignDetails(
    string Slug,
    string Title,
    string? Summary,
    string? Description,
    CampaignGoal Goal,
    DateTime StartsAt,
    DateTime EndsAt,
    IReadOnlyList<string> Hashtags);
