using Headless.Data;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Campaigns;
using Headless.Schema.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Common;

/// <summary>One node resolver per node type, each with the visibility of the matching root field.</summary>
internal static class NodeResolvers
{
    public static IServiceCollection AddHeadlessNodeResolvers(this IServiceCollection services)
    {
        Add(services, "Ngo", (db, viewer) => db.Ngos.Where(n => n.ArchivedAt == null || MemberOf(viewer).Contains(n.Id)));
        Add(services, "TwitterAccount", (db, _) => db.Accounts);
        Add(services, "Campaign", (db, viewer) => db.Campaigns.WithChildren().VisibleTo(viewer));
        Add(services, "CampaignPhase", (db, viewer) => db.CampaignPhases.Where(p => Visible(db, viewer).Any(c => c.Id == p.CampaignId)));
        Add(services, "DonationLink", (db, viewer) => db.DonationLinks.Where(l => Visible(db, viewer).Any(c => c.Id == l.CampaignId)));
        Add(services, "ProgressUpdate", (db, viewer) => db.ProgressUpdates.Where(u =>
            Visible(db, viewer).Any(c => c.Id == u.CampaignId && (u.PublishedAt != null || MemberOf(viewer).Contains(c.NgoId)))));
        Add(services, "ExpenseLine", (db, viewer) => db.ExpenseLines.Where(e => Visible(db, viewer).Any(c => c.Id == e.CampaignId)));
        Add(services, "DonationTier", (db, viewer) => db.Tiers.Where(t => Visible(db, viewer).Any(c => c.Id == t.CampaignId)));
        Add(services, "Donation", (db, viewer) => db.Donations.Where(d => d.RefundedAt == null && Visible(db, viewer).Any(c => c.Id == d.CampaignId)));
        Add(services, "LiveSession", (db, _) => db.LiveSessions.Include(s => s.Hashtags));
        Add(services, "Tweet", (db, _) => db.Tweets);
        Add(services, "Member", PrivateNodeVisibility.Members);
        Add(services, "ApiClient", PrivateNodeVisibility.ApiClients);
        Add(services, "AuditEntry", PrivateNodeVisibility.AuditEntries);
        return services;
    }

    // A list, not a set: EF Core translates List.Contains to SQL on every provider.
    private static List<Guid> MemberOf(Viewer viewer) => [.. viewer.MemberOfNgoIds];

    private static IQueryable<Campaign> Visible(HeadlessDbContext db, Viewer viewer) => db.Campaigns.VisibleTo(viewer);

    private static void Add<T>(IServiceCollection services, string typeName, Func<HeadlessDbContext, Viewer, IQueryable<T>> visible)
        where T : Headless.Domain.Common.Entity =>
        services.AddSingleton<INodeResolver>(new DbNodeResolver<T>(typeName, visible));
}
