using GraphQL;
using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

internal static class CampaignQueries
{
    public static void AddCampaignQueries(this ObjectGraphType query)
    {
        query.Field<CampaignType>("campaign")
            .Description("A campaign by its NGO's slug and its own slug.")
            .Argument<NonNullGraphType<StringGraphType>>("ngoSlug")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async c =>
            {
                string ngoSlug = c.GetArgument<string>("ngoSlug"), slug = c.GetArgument<string>("slug");
                await using var db = c.Db();
                return await db.Campaigns.WithChildren().VisibleTo(c.Viewer())
                    .Where(x => x.Slug == slug && db.Ngos.Any(n => n.Id == x.NgoId && n.Slug == ngoSlug))
                    .FirstOrDefaultAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<CampaignType, Campaign>>>("campaigns")
            .Description("Campaigns visible to the viewer, filtered and ordered (by default: newest start first, archived excluded).")
            .Argument<CampaignFilterInputType>("filter")
            .Argument<CampaignOrderInputType>("order")
            .ConnectionArguments()
            .ResolveAsync(async c => await ListAsync(c, ngoId: null));
    }

    public static Task<Connection<Campaign>> ListAsync(IResolveFieldContext context, Guid? ngoId)
    {
        var filter = context.GetArgument<CampaignFilter?>("filter");
        var order = context.GetArgument<CampaignOrder?>("order");
        var viewer = context.Viewer();
        var now = context.Now();
        return QueryableConnection.BuildAsync(context, db =>
        {
            var campaigns = db.Campaigns.WithChildren().VisibleTo(viewer).Apply(filter, now);
            if (ngoId is { } id)
            {
                campaigns = campaigns.Where(c => c.NgoId == id);
            }

            if (!string.IsNullOrWhiteSpace(filter?.NgoSlug))
            {
                var slug = filter.NgoSlug.Trim();
                campaigns = campaigns.Where(c => db.Ngos.Any(n => n.Id == c.NgoId && n.Slug == slug));
            }

            return campaigns.Order(order);
        });
    }
}
