using Headless.Data;
using Headless.Domain.Audit;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Realtime;

namespace Headless.Schema.Mutations;

/// <summary>What a mutation handler works with: an unrestricted context inside the mutation's transaction, the viewer and the clock.</summary>
public sealed class MutationContext(HeadlessDbContext db, Viewer viewer, DateTime now, string operation, CancellationToken cancellationToken)
{
    private readonly List<AuditEntry> _audit = [];
    private readonly List<Func<RealtimeEvents, CancellationToken, Task>> _events = [];

    public HeadlessDbContext Db => db;

    public Viewer Viewer => viewer;

    public DateTime Now => now;

    public string Operation => operation;

    public CancellationToken CancellationToken => cancellationToken;

    internal IReadOnlyList<AuditEntry> AuditEntries => _audit;

    internal IReadOnlyList<Func<RealtimeEvents, CancellationToken, Task>> Events => _events;

    /// <summary>Resource-based authorization: the caller needs at least <paramref name="minimum"/> in the NGO that owns the target.</summary>
    public void Authorize(Guid ngoId, MemberRole minimum)
    {
        if (!viewer.Has(ngoId, minimum))
        {
            throw new MutationFailedException(new ForbiddenError(viewer.IsAuthenticated
                ? $"{operation} needs the {minimum.ToString().ToUpperInvariant()} role in the NGO that owns the target."
                : $"{operation} needs an access token with the {minimum.ToString().ToUpperInvariant()} role in the NGO that owns the target."));
        }
    }

    public void AuthorizePlatformAdmin()
    {
        if (!viewer.IsPlatformAdmin)
        {
            throw new MutationFailedException(new ForbiddenError($"{operation} is reserved to platform administrators."));
        }
    }

    /// <summary>Decodes a global id of the expected type, or fails with a validation error on <paramref name="field"/>.</summary>
    public Guid Id(string? globalId, string typeName, string field) =>
        GlobalId.DecodeFor(typeName, globalId ?? string.Empty)
        ?? throw new MutationFailedException(new ValidationError($"{operation}: {field} is not the ID of a {typeName}.", "INVALID_ID", MutationPaths.Of(field)));

    /// <summary>Fails with NOT_FOUND when <paramref name="entity"/> is null.</summary>
    public T Found<T>(T? entity, string what)
        where T : class =>
        entity ?? throw new MutationFailedException(new NotFoundError($"{operation}: no such {what}."));

    /// <summary>Fails with a conflict when the caller edited an older version than the stored one.</summary>
    public void EnsureVersion(int? expectedVersion, int actualVersion, string what)
    {
        if (expectedVersion is { } expected && expected != actualVersion)
        {
            throw new MutationFailedException(new ConflictError($"{operation}: the {what} was changed by someone else (version {actualVersion}, expected {expected}); reload and retry.", "VERSION_CONFLICT"));
        }
    }

    /// <summary>Records who changed what; written in the same transaction as the change.</summary>
    public void Audit(Guid? ngoId, string targetType, Guid? targetId) =>
        _audit.Add(AuditEntry.Record(ngoId, viewer.UserId, viewer.ClientId, operation, targetType, targetId, now));

    /// <summary>Queues a real-time event, published only once the mutation has committed.</summary>
    public void Publish(Func<RealtimeEvents, CancellationToken, Task> publish) => _events.Add(publish);
}
