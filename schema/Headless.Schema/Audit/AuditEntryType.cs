using GraphQL.Types;
using Headless.Domain.Audit;
using Headless.GraphQL.Relay;

namespace Headless.Schema.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "Who changed what, through which client, and when. Visible to the NGO's admins and owners only.";
        this.ImplementsNode("AuditEntry", a => a.Id);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. addMember.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<StringGraphType>>("targetType").Description("The node type of the target, e.g. Member.").Resolve(c => c.Source.TargetType);
        Field<IdGraphType>("targetId")
            .Description("The global ID of the target; it may no longer resolve once the target was removed.")
            .Resolve(c => c.Source.TargetId is { } id ? GlobalId.Encode(c.Source.TargetType, id) : null);
        Field<IdGraphType>("userId").Description("The user who made the change, if a user did.").Resolve(c => c.Source.UserId);
        Field<StringGraphType>("clientId").Description("The OAuth client the change came through, if any.").Resolve(c => c.Source.ClientId);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
