using Headless.Domain.Accounts;
using Headless.Domain.Common;

namespace Headless.Domain.LiveSessions;

/// <summary>Live-tweeting an event from the field: short messages at high frequency under one hashtag, at one place.</summary>
public sealed class LiveSession : Entity
{
    private readonly List<LiveSessionHashtag> _hashtags = [];
    private readonly List<LiveSessionAccount> _accounts = [];

    private LiveSession()
    {
        Slug = Title = PlaceName = string.Empty;
    }

    public Guid NgoId { get; private set; }

    public string Slug { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public string PlaceName { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public DateTime ScheduledStartAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<LiveSessionHashtag> Hashtags => _hashtags;

    public IReadOnlyList<LiveSessionAccount> Accounts => _accounts;

    public LiveSessionStatus Status =>
        EndedAt is not null ? LiveSessionStatus.Ended
        : StartedAt is not null ? LiveSessionStatus.Live
        : LiveSessionStatus.Scheduled;

    public static LiveSession Create(Guid ngoId, LiveSessionDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var session = new LiveSession
        {
            NgoId = ngoId,
            Slug = Guard.Slug(details.Slug, "slug"),
            CreatedAt = Guard.Utc(now, "now"),
        };
        session.Update(details with { Slug = session.Slug });
        return session;
    }

    public void Update(LiveSessionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);

        // Checked in full first, so a refused update leaves the session as it was.
        var point = GeoPoint.From(details.Latitude, details.Longitude);
        var title = Guard.Required(details.Title, "title", 200);
        var description = Guard.Optional(details.Description, "description", 4000);
        var placeName = Guard.Required(details.PlaceName, "placeName", 200);
        var scheduledStartAt = Guard.Utc(details.ScheduledStartAt, "scheduledStartAt");
        var tags = Hashtag.ParseMany(details.Hashtags);

        Title = title;
        Description = description;
        PlaceName = placeName;
        Latitude = point?.Latitude;
        Longitude = point?.Longitude;
        ScheduledStartAt = scheduledStartAt;
        _hashtags.RemoveAll(existing => tags.All(t => t.Key != existing.Key));
        _hashtags.AddRange(tags.Where(t => _hashtags.All(h => h.Key != t.Key)).Select(t => LiveSessionHashtag.From(Id, t)));
    }

    public void SetAccounts(IEnumerable<TwitterAccount> accounts)
    {
        var list = accounts.ToList();
        if (list.Any(a => a.NgoId != NgoId))
        {
            throw new DomainRuleException("accountIds", "ACCOUNT_OF_ANOTHER_NGO", "Only the NGO's own accounts can live-tweet its sessions.");
        }

        _accounts.RemoveAll(existing => list.All(a => a.Id != existing.AccountId));
        _accounts.AddRange(list.Where(a => _accounts.All(x => x.AccountId != a.Id)).DistinctBy(a => a.Id).Select(a => LiveSessionAccount.From(Id, a.Id)));
    }

    public void Start(DateTime now)
    {
        if (Status != LiveSessionStatus.Scheduled)
        {
            throw new DomainRuleException(string.Empty, "NOT_SCHEDULED", "Only a scheduled session can start.");
        }

        StartedAt = Guard.Utc(now, "now");
    }

    public void End(DateTime now)
    {
        if (Status != LiveSessionStatus.Live)
        {
            throw new DomainRuleException(string.Empty, "NOT_LIVE", "Only a live session can end.");
        }

        var endedAt = Guard.Utc(now, "now");
        EndedAt = endedAt < StartedAt ? StartedAt : endedAt;
    }

    /// <summary>Restores a session's recorded times, e.g. when importing a past session.</summary>
    public void RestoreTimes(DateTime? startedAt, DateTime? endedAt)
    {
        if (endedAt is not null && (startedAt is null || endedAt < startedAt))
        {
            throw new DomainRuleException("endedAt", "INVALID_WINDOW", "A session ends after it starts.");
        }

        var checkedStartedAt = Guard.Utc(startedAt, "startedAt");
        var checkedEndedAt = Guard.Utc(endedAt, "endedAt");
        StartedAt = checkedStartedAt;
        EndedAt = checkedEndedAt;
    }
}
