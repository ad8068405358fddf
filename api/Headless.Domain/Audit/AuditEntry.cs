using Headless.Domain.Common;

namespace Headless.Domain.Audit;

/// <summary>Who changed what, through which client, in which NGO, and when.</summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry()
    {
        Operation = TargetType = string.Empty;
    }

    public Guid? NgoId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? ClientId { get; private set; }

    public string Operation { get; private set; }

    public string TargetType { get; private set; }

    public Guid? TargetId { get; private set; }

    public DateTime At { get; private set; }

    public static AuditEntry Record(Guid? ngoId, Guid? userId, string? clientId, string operation, string targetType, Guid? targetId, DateTime at) => new()
    {
        NgoId = ngoId,
        UserId = userId,
        ClientId = clientId,
        Operation = Guard.Required(operation, "operation", 100),
        TargetType = Guard.Required(targetType, "targetType", 100),
        TargetId = targetId,
        At = Guard.Utc(at, "at"),
    };
}
