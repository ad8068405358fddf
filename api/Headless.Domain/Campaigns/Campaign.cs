using Headless.Domain.Common;

namespace Headless.Domain.Campaigns;

/// <summary>
/// A time-limited fundraising call keyed by hashtags. Its status is derived from publication and time,
/// so it never needs a job to flip it from SCHEDULED to LIVE to ENDED.
/// </summary>
public sealed partial class Campaign : Entity
{
    private readonly List<CampaignHashtag> _hashtags = [];
    private readonly List<CampaignPhase> _phases = [];
    private readonly List<DonationLink> _donationLinks = [];

    private Campaign()
    {
        Slug = Title = Currency = string.Empty;
    }

    public Guid NgoId { get; private set; }

    public string Slug { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    public string? Description { get; private set; }

    public GoalType GoalType { get; private set; }

    public decimal GoalAmount { get; private set; }

    public int? GoalDonors { get; private set; }

    /// <summary>The currency of the goal, the donations and the pledge.</summary>
    public string Currency { get; private set; }

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public PledgeMatchingRule? MatchingRule { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every change so concurrent edits conflict instead of overwriting.</summary>
    public int Version { get; private set; }

    public CampaignGoal Goal => CampaignGoal.Restore(GoalType, GoalAmount, Currency, GoalDonors);

    public IReadOnlyList<CampaignHashtag> Hashtags => _hashtags;

    public IReadOnlyList<CampaignPhase> Phases => _phases;

    public IReadOnlyList<DonationLink> DonationLinks => _donationLinks;

    public bool IsPublished => PublishedAt is not null;

    public static Campaign Create(Guid ngoId, CampaignDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var campaign = new Campaign
        {
            NgoId = ngoId,
            Slug = Guard.Slug(details.Slug, "slug"),
            CreatedAt = Guard.Utc(now, "now"),
        };
        campaign.Update(details with { Slug = campaign.Slug });
        return campaign;
    }

    public CampaignStatus StatusAt(DateTime now) =>
        ArchivedAt is not null ? CampaignStatus.Archived
        : PublishedAt is null ? CampaignStatus.Draft
        : now < StartsAt ? CampaignStatus.Scheduled
        : now < EndsAt ? CampaignStatus.Live
        : CampaignStatus.Ended;

    public void Update(CampaignDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureNotArchived();

        // Everything is checked before anything is assigned, so a refused update leaves the campaign as it was.
        var startsAt = Guard.Utc(details.StartsAt, "startsAt");
        var endsAt = Guard.Utc(details.EndsAt, "endsAt");
        Guard.Window(startsAt, endsAt, "endsAt");
        if (ViolatedBound(_phases.Select(p => (p.StartsAt, p.EndsAt)), startsAt, endsAt) is { } phaseField)
        {
            throw new DomainRuleException(phaseField, "PHASES_OUTSIDE", "The new window would leave phases outside the campaign.");
        }

        if (MatchingRule is { } rule && ViolatedBound([(rule.StartsAt, rule.EndsAt)], startsAt, endsAt) is { } pledgeField)
        {
            throw new DomainRuleException(pledgeField, "PLEDGE_OUTSIDE", "The new window would leave the pledge window outside the campaign.");
        }

        var title = Guard.Required(details.Title, "title", 200);
        var summary = Guard.Optional(details.Summary, "summary", 500);
        var description = Guard.Optional(details.Description, "description", 20_000);
        var tags = Hashtag.ParseMany(details.Hashtags);
        var goal = details.Goal ?? throw new DomainRuleException("goal", "REQUIRED", "A campaign needs a goal.");

        Title = title;
        Summary = summary;
        Description = description;
        GoalType = goal.Type;
        GoalAmount = goal.Amount.Amount;
        GoalDonors = goal.Donors;
        Currency = goal.Currency;
        StartsAt = startsAt;
        EndsAt = endsAt;
        ReplaceHashtags(tags);
        Touch();
    }

    public void SetHashtags(IEnumerable<string> hashtags)
    {
        EnsureNotArchived();
        ReplaceHashtags(Hashtag.ParseMany(hashtags));
        Touch();
    }

    public bool IsTaggedWith(string hashtagKey) => _hashtags.Any(h => h.Key == hashtagKey);

    private void Touch() => Version++;

    /// <summary>
    /// Names the bound of the campaign window that one of the inner windows crosses: <c>startsAt</c> when one
    /// starts too early, else <c>endsAt</c> when one ends too late, else null.
    /// </summary>
    private static string? ViolatedBound(IEnumerable<(DateTime StartsAt, DateTime EndsAt)> inner, DateTime startsAt, DateTime endsAt)
    {
        var windows = inner.ToList();
        return windows.Exists(w => w.StartsAt < startsAt) ? "startsAt"
            : windows.Exists(w => w.EndsAt > endsAt) ? "endsAt"
            : null;
    }

    private void ReplaceHashtags(IReadOnlyList<Hashtag> tags)
    {
        _hashtags.RemoveAll(existing => tags.All(t => t.Key != existing.Key));
        foreach (var tag in tags.Where(t => _hashtags.All(h => h.Key != t.Key)))
        {
            _hashtags.Add(CampaignHashtag.From(Id, tag));
        }
    }
}
