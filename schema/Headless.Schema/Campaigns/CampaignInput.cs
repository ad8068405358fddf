namespace Headless.Schema.Campaigns;

/// <summary>The editable details of a campaign, shared by create and update.</summary>
public sealed record CampaignInput(
    string Slug,
    string Title,
    string? Summary,
    string? Description,
    GoalInput Goal,
    DateTime StartsAt,
    DateTime EndsAt,
    IReadOnlyList<string> Hashtags);
