using Headless.Domain.Accounts;
using Headless.Domain.Common;
using Headless.Domain.LiveSessions;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.LiveSessions;

/// <summary>Loads what session mutations work on (tracked) and authorizes the caller on the session's NGO.</summary>
internal static class LiveSessionTargets
{
    public static async Task<LiveSession> LoadAsync(MutationContext m, string sessionGlobalId)
    {
        var id = m.Id(sessionGlobalId, "LiveSession", "liveSessionId");
        var session = m.Found(
            await m.Db.LiveSessions.Include(s => s.Hashtags).Include(s => s.Accounts).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, m.CancellationToken),
            "live session");
        m.Authorize(session.NgoId, MemberRole.Editor);
        await NgoTargets.EnsureActiveAsync(m, session.NgoId);
        return session;
    }

    /// <summary>The accounts named by <paramref name="globalIds"/> (input.accountIds.N on a bad id); the session rejects those of other NGOs.</summary>
    public static async Task<List<TwitterAccount>> AccountsAsync(MutationContext m, IReadOnlyList<string> globalIds)
    {
        var ids = globalIds.Select((id, i) => m.Id(id, "TwitterAccount", $"accountIds.{i}")).Distinct().ToList();
        var accounts = await m.Db.Accounts.Where(a => ids.Contains(a.Id)).ToListAsync(m.CancellationToken);
        return accounts.Count == ids.Count ? accounts : throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such account."));
    }

    public static async Task EnsureSlugFreeAsync(MutationContext m, LiveSession session)
    {
        if (await m.Db.LiveSessions.AnyAsync(s => s.NgoId == session.NgoId && s.Slug == session.Slug && s.Id != session.Id, m.CancellationToken))
        {
            throw new MutationFailedException(new ValidationError("Another live session of this NGO has that slug.", "SLUG_TAKEN", ["input", "slug"]));
        }
    }

    /// <summary>Runs a state change; a rule about the session's state (not an input field) is a conflict, not a validation error.</summary>
    public static void ChangeState(Action change)
    {
        try
        {
            change();
        }
        catch (DomainRuleException broken) when (broken.Field.Length == 0)
        {
            throw new MutationFailedException(new ConflictError(broken.Message, broken.Code));
        }
    }
}
