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
        var startsAt = Guard.Utc(details.StartsAt, "startsAt");
        var endsAt = Guard.Utc(details.EndsAt, "endsAt");
        Guard.Window(startsAt, endsAt, "endsAt");
        if (_phases.Any(p => p.StartsAt < startsAt || p.EndsAt > endsAt))
        {
            throw new DomainRuleException("startsAt", "PHASES_OUTSIDE", "The new window would leave phases outside the campaign.");
        }

        if (MatchingRule is { } rule && (rule.StartsAt < startsAt || rule.EndsAt > endsAt))
        {
            throw new DomainRuleException("startsAt", "PLEDGE_OUTSIDE", "The new window would leave the pledge window outside the campaign.");
        }

        Title = Guard.Required(details.Title, "title", 200);
        Summary = Guard.Optional(details.Summary, "summary", 500);
        Description = Guard.Optional(details.Description, "description", 20_000);
        GoalType = details.Goal.Type;
        GoalAmount = details.Goal.Amount.Amount;
        GoalDonors = details.Goal.Donors;
        Currency = details.Goal.Currency;
        StartsAt = startsAt;
        EndsAt = endsAt;
        SetHashtags(details.Hashtags);
        Touch();
    }

    public void SetHashtags(IEnumerable<string> hashtags)
    {
        var tags = Hashtag.ParseMany(hashtags);
        _hashtags.RemoveAll(existing => tags.All(t => t.Key != existing.Key));
        foreach (var tag in tags.Where(t => _hashtags.All(h => h.Key != t.Key)))
        {
            _hashtags.Add(CampaignHashtag.From(Id, tag));
        }

        Touch();
    }

    public void Publish(DateTime now)
    {
        EnsureNotArchived();
        PublishedAt ??= Guard.Utc(now, "now");
        Touch();
    }

    public void Unpublish()
    {
        EnsureNotArchived();
        PublishedAt = null;
        Touch();
    }

    public void Archive(DateTime now)
    {
        ArchivedAt ??= Guard.Utc(now, "now");
        Touch();
    }

    public void SetMatchingRule(PledgeMatchingRuleDetails? details)
    {
        if (details is null)
        {
            MatchingRule = null;
            Touch();
            return;
        }

        var rule = PledgeMatchingRule.Create(details);
        if (rule.StartsAt < StartsAt || rule.EndsAt > EndsAt)
        {
            throw new DomainRuleException("startsAt", "OUTSIDE_CAMPAIGN", "The pledge window must lie inside the campaign.");
        }

        MatchingRule = rule;
        Touch();
    }

    public bool IsTaggedWith(string hashtagKey) => _hashtags.Any(h => h.Key == hashtagKey);

    private void Touch() => Version++;

    private void EnsureNotArchived()
    {
        if (ArchivedAt is not null)
        {
            throw new DomainRuleException(string.Empty, "ARCHIVED", "An archived campaign cannot change.");
        }
    }
}
