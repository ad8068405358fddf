using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

/// <summary>Translates campaign filters and orders to SQL; status is derived from time, so it becomes time predicates.</summary>
internal static class CampaignFiltering
{
    public static IQueryable<Campaign> Apply(this IQueryable<Campaign> campaigns, CampaignFilter? filter, DateTime now)
    {
        var statuses = filter?.Status is { Count: > 0 } wanted
            ? wanted.ToHashSet()
            : [CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Live, CampaignStatus.Ended];
        bool archived = statuses.Contains(CampaignStatus.Archived), draft = statuses.Contains(CampaignStatus.Draft),
            scheduled = statuses.Contains(CampaignStatus.Scheduled), live = statuses.Contains(CampaignStatus.Live),
            ended = statuses.Contains(CampaignStatus.Ended);
        campaigns = campaigns.Where(c =>
            (archived && c.ArchivedAt != null)
            || (c.ArchivedAt == null && ((draft && c.PublishedAt == null)
                || (c.PublishedAt != null && ((scheduled && c.StartsAt > now) || (live && c.StartsAt <= now && c.EndsAt > now) || (ended && c.EndsAt <= now))))));

        if (!string.IsNullOrWhiteSpace(filter?.Hashtag))
        {
            var key = Hashtag.Parse(filter.Hashtag, "filter.hashtag").Key;
            campaigns = campaigns.Where(c => c.Hashtags.Any(h => h.Key == key));
        }

        if (!string.IsNullOrWhiteSpace(filter?.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            campaigns = campaigns.Where(c => c.Title.ToLower().Contains(term) || (c.Summary != null && c.Summary.ToLower().Contains(term)));
        }

        return campaigns;
    }

    public static IQueryable<Campaign> Order(this IQueryable<Campaign> campaigns, CampaignOrder? order)
    {
        var descending = (order?.Direction ?? OrderDirection.Desc) == OrderDirection.Desc;
        IOrderedQueryable<Campaign> ordered = (order?.Field ?? CampaignOrderField.StartsAt) switch
        {
            CampaignOrderField.EndsAt => descending ? campaigns.OrderByDescending(c => c.EndsAt) : campaigns.OrderBy(c => c.EndsAt),
            CampaignOrderField.CreatedAt => descending ? campaigns.OrderByDescending(c => c.CreatedAt) : campaigns.OrderBy(c => c.CreatedAt),
            CampaignOrderField.Title => descending ? campaigns.OrderByDescending(c => c.Title) : campaigns.OrderBy(c => c.Title),
            _ => descending ? campaigns.OrderByDescending(c => c.StartsAt) : campaigns.OrderBy(c => c.StartsAt),
        };
        return ordered.ThenBy(c => c.Id);
    }
}
