using GraphQL;
using GraphQL.Types;
using Headless.Domain.Ngos;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Ngos;

internal static class NgoQueries
{
    public static void AddNgoQueries(this ObjectGraphType query)
    {
        query.Field<NgoType>("ngo")
            .Description("An NGO by its slug.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                var members = c.Viewer().MemberOfNgoIds.ToList();
                await using var db = c.Db();

                // Archived NGOs are gone for the public; their members can still read them.
                return await db.Ngos.AsNoTracking()
                    .FirstOrDefaultAsync(n => n.Slug == slug && (n.ArchivedAt == null || members.Contains(n.Id)), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<NgoType, Ngo>>>("ngos")
            .Description("NGOs by name.")
            .Argument<NgoFilterInputType>("filter")
            .ConnectionArguments()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<NgoFilter?>("filter");
                return await QueryableConnection.BuildAsync(c, db => Filter(db.Ngos, filter).OrderBy(n => n.Name).ThenBy(n => n.Id));
            });
    }

    private static IQueryable<Ngo> Filter(IQueryable<Ngo> ngos, NgoFilter? filter)
    {
        ngos = ngos.Where(n => n.ArchivedAt == null);
        if (!string.IsNullOrWhiteSpace(filter?.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            ngos = ngos.Where(n => n.Country == country);
        }

        if (!string.IsNullOrWhiteSpace(filter?.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            ngos = ngos.Where(n => n.Name.ToLower().Contains(term) || n.Slug.Contains(term));
        }

        return ngos;
    }
}
