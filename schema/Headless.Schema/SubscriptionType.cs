using GraphQL;
using GraphQL.Types;
using Headless.Data;
using Headless.Domain.Donations;
using Headless.Domain.LiveSessions;
using Headless.Domain.Tweets;
using Headless.Events;
using Headless.GraphQL.Relay;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;
using Headless.Schema.Donations;
using Headless.Schema.LiveSessions;
using Headless.Schema.Realtime;
using Headless.Schema.Tweets;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema;

/// <summary>
/// Real-time feeds. Each event is re-read from the database with the subscriber's visibility, so a
/// subscriber sees exactly what the same query would show it.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Field<NonNullGraphType<TweetType>>("tweetReceived")
            .Description("Tweets as they are ingested, for a live session, a campaign or an NGO, optionally of some kinds.")
            .Argument<IdGraphType>("liveSessionId")
            .Argument<IdGraphType>("campaignId")
            .Argument<IdGraphType>("ngoId")
            .Argument<ListGraphType<NonNullGraphType<TweetKindType>>>("kinds")
            .ResolveStreamAsync(async c =>
            {
                var filter = new TweetSubscriptionFilter(
                    OptionalId(c, "liveSessionId", "LiveSession"), OptionalId(c, "campaignId", "Campaign"), OptionalId(c, "ngoId", "Ngo"),
                    c.GetArgument<List<TweetKind>?>("kinds"));
                var reads = Reads(c);
                if (filter.CampaignId is { } campaignId)
                {
                    await EnsureVisibleAsync(reads, campaignId, c.CancellationToken);
                }

                return new AsyncSelectObservable<TweetReceived, Tweet>(c.Service<IEventBus>().Subscribe<TweetReceived>(Topics.Tweets), async (e, ct) =>
                    !filter.Matches(e) || (filter.CampaignId is { } id && await reads.CampaignAsync(id, ct) is null)
                        ? null
                        : await reads.FindAsync(e.TweetId, db => db.Tweets, ct));
            });

        Field<NonNullGraphType<CampaignProgressUpdateType>>("campaignProgressChanged")
            .Description("A campaign's progress (raised, matched, donors, percentage) after each donation, refund or matched engagement.")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .ResolveStreamAsync(async c =>
            {
                var id = RequiredId(c, "campaignId", "Campaign");
                var reads = Reads(c);
                await EnsureVisibleAsync(reads, id, c.CancellationToken);
                var now = c.Service<TimeProvider>();
                return new AsyncSelectObservable<CampaignProgressChanged, CampaignProgressUpdate>(c.Service<IEventBus>().Subscribe<CampaignProgressChanged>(Topics.CampaignProgress(id)), async (e, ct) =>
                    await reads.CampaignAsync(e.CampaignId, ct) is { } campaign
                        ? new CampaignProgressUpdate(campaign, CampaignProgressCalculator.For(campaign, new(e.Raised, e.DonorCount, e.PledgedBeforeCap), now.GetUtcNow().UtcDateTime))
                        : null);
            });

        Field<NonNullGraphType<LiveSessionType>>("liveSessionUpdated")
            .Description("A live session after it starts, ends, changes or receives tweets.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveStream(c =>
            {
                var id = RequiredId(c, "id", "LiveSession");
                var reads = Reads(c);
                return new AsyncSelectObservable<LiveSessionUpdated, LiveSession>(c.Service<IEventBus>().Subscribe<LiveSessionUpdated>(Topics.LiveSession(id)), (e, ct) =>
                    reads.FindAsync(e.LiveSessionId, db => db.LiveSessions.Include(s => s.Hashtags), ct));
            });

        Field<NonNullGraphType<DonationType>>("donationRecorded")
            .Description("Donations recorded for a campaign; donor details only for the NGO's members.")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .ResolveStreamAsync(async c =>
            {
                var id = RequiredId(c, "campaignId", "Campaign");
                var reads = Reads(c);
                await EnsureVisibleAsync(reads, id, c.CancellationToken);
                return new AsyncSelectObservable<DonationRecorded, Donation>(c.Service<IEventBus>().Subscribe<DonationRecorded>(Topics.Donations(id)), (e, ct) =>
                    reads.FindAsync(e.DonationId, db => db.Donations.Where(d => d.RefundedAt == null), ct));
            });
    }

    /// <summary>A campaign the viewer cannot see is refused at once, as the same query would not find it.</summary>
    private static async Task EnsureVisibleAsync(SubscriptionVisibility reads, Guid campaignId, CancellationToken cancellationToken)
    {
        if (await reads.CampaignAsync(campaignId, cancellationToken) is null)
        {
            throw new ExecutionError("No such campaign.") { Code = "NOT_FOUND" };
        }
    }

    private static SubscriptionVisibility Reads(IResolveFieldContext context) => new(context.Service<HeadlessDbContextFactory>(), context.Viewer());

    private static Guid RequiredId(IResolveFieldContext context, string argument, string typeName) =>
        OptionalId(context, argument, typeName) ?? throw new ExecutionError($"{argument} is not the ID of a {typeName}.") { Code = "INVALID_ID" };

    private static Guid? OptionalId(IResolveFieldContext context, string argument, string typeName)
    {
        var value = context.GetArgument<string?>(argument);
        return value is null
            ? null
            : GlobalId.DecodeFor(typeName, value) ?? throw new ExecutionError($"{argument} is not the ID of a {typeName}.") { Code = "INVALID_ID" };
    }
}
