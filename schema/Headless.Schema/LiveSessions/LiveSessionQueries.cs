using GraphQL;
using GraphQL.Types;
using Headless.Domain.Common;
using Headless.Domain.LiveSessions;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.LiveSessions;

internal static class LiveSessionQueries
{
    public static void AddLiveSessionQueries(this ObjectGraphType query)
    {
        query.Field<LiveSessionType>("liveSession")
            .Description("A live session by its NGO's slug and its own slug.")
            .Argument<NonNullGraphType<StringGraphType>>("ngoSlug")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async c =>
            {
                string ngoSlug = c.GetArgument<string>("ngoSlug"), slug = c.GetArgument<string>("slug");
                await using var db = c.Db();
                return await db.LiveSessions.AsNoTracking().Include(s => s.Hashtags)
                    .Where(s => s.Slug == slug && db.Ngos.Any(n => n.Id == s.NgoId && n.Slug == ngoSlug))
                    .FirstOrDefaultAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<LiveSessionType, LiveSession>>>("liveSessions")
            .Description("Live-tweeting sessions, filtered and ordered (by default: latest scheduled start first).")
            .Argument<LiveSessionFilterInputType>("filter")
            .Argument<LiveSessionOrderInputType>("order")
            .ConnectionArguments()
            .ResolveAsync(async c => await ListAsync(c, ngoId: null));
    }

    public static Task<Connection<LiveSession>> ListAsync(IResolveFieldContext context, Guid? ngoId)
    {
        var filter = context.GetArgument<LiveSessionFilter?>("filter");
        var order = context.GetArgument<LiveSessionOrder?>("order");
        return QueryableConnection.BuildAsync(context, db =>
        {
            var sessions = db.LiveSessions.AsNoTracking().Include(s => s.Hashtags).AsQueryable();
            if (ngoId is { } id)
            {
                sessions = sessions.Where(s => s.NgoId == id);
            }

            if (!string.IsNullOrWhiteSpace(filter?.NgoSlug))
            {
                var slug = filter.NgoSlug.Trim();
                sessions = sessions.Where(s => db.Ngos.Any(n => n.Id == s.NgoId && n.Slug == slug));
            }

            return Order(Filter(sessions, filter), order);
        });
    }

    private static IQueryable<LiveSession> Filter(IQueryable<LiveSession> sessions, LiveSessionFilter? filter)
    {
        if (filter?.Status is { Count: > 0 } statuses)
        {
            bool scheduled = statuses.Contains(LiveSessionStatus.Scheduled), live = statuses.Contains(LiveSessionStatus.Live), ended = statuses.Contains(LiveSessionStatus.Ended);
            sessions = sessions.Where(s =>
                (ended && s.EndedAt != null) || (live && s.StartedAt != null && s.EndedAt == null) || (scheduled && s.StartedAt == null && s.EndedAt == null));
        }

        if (!string.IsNullOrWhiteSpace(filter?.Hashtag))
        {
            var key = Hashtag.Parse(filter.Hashtag, "filter.hashtag").Key;
            sessions = sessions.Where(s => s.Hashtags.Any(h => h.Key == key));
        }

        if (!string.IsNullOrWhiteSpace(filter?.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            sessions = sessions.Where(s => s.Title.ToLower().Contains(term) || s.PlaceName.ToLower().Contains(term));
        }

        return sessions;
    }

    private static IQueryable<LiveSession> Order(IQueryable<LiveSession> sessions, LiveSessionOrder? order)
    {
        var descending = (order?.Direction ?? OrderDirection.Desc) == OrderDirection.Desc;
        IOrderedQueryable<LiveSession> ordered = (order?.Field ?? LiveSessionOrderField.ScheduledStartAt) switch
        {
            LiveSessionOrderField.CreatedAt => descending ? sessions.OrderByDescending(s => s.CreatedAt) : sessions.OrderBy(s => s.CreatedAt),
            LiveSessionOrderField.Title => descending ? sessions.OrderByDescending(s => s.Title) : sessions.OrderBy(s => s.Title),
            _ => descending ? sessions.OrderByDescending(s => s.ScheduledStartAt) : sessions.OrderBy(s => s.ScheduledStartAt),
        };
        return ordered.ThenBy(s => s.Id);
    }
}
