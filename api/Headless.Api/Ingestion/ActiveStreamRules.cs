using Headless.Data;
using Headless.Twitter.Rules;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Ingestion;

/// <summary>
/// The stream rules Headless wants: the hashtags of each published campaign that has not ended and
/// each session that has not ended (tag = the entity's id), and the NGOs' own accounts, packed with
/// OR into rules of at most <c>maxRuleLength</c> characters.
/// </summary>
public sealed class ActiveStreamRules(HeadlessDbContextFactory contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<DesiredRule>> ComputeAsync(int maxRuleLength, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        var campaigns = await db.Campaigns
            .Where(c => c.PublishedAt != null && c.ArchivedAt == null && c.EndsAt > now)
            .Select(c => new { c.Id, Tags = c.Hashtags.Select(h => h.Text).ToList() })
            .ToListAsync(cancellationToken);
        var sessions = await db.LiveSessions
            .Where(s => s.EndedAt == null)
            .Select(s => new { s.Id, Tags = s.Hashtags.Select(h => h.Text).ToList() })
            .ToListAsync(cancellationToken);
        var accounts = await db.Accounts.Select(a => new { a.NgoId, a.Handle }).ToListAsync(cancellationToken);

        return
        [
            .. campaigns.SelectMany(c => RulePacker.Pack(c.Tags.Order(StringComparer.Ordinal).Select(t => "#" + t), $"campaign:{c.Id:N}", maxRuleLength)),
            .. sessions.SelectMany(s => RulePacker.Pack(s.Tags.Order(StringComparer.Ordinal).Select(t => "#" + t), $"session:{s.Id:N}", maxRuleLength)),
            .. accounts.GroupBy(a => a.NgoId).SelectMany(g => RulePacker.Pack(g.Select(a => "from:" + a.Handle).Order(StringComparer.Ordinal), $"ngo:{g.Key:N}", maxRuleLength)),
        ];
    }
}
