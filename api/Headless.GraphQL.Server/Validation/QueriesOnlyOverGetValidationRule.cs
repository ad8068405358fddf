using GraphQL.Validation;
using GraphQLParser.AST;

namespace Headless.GraphQL.Server.Validation;

/// <summary>
/// Refuses anything but a query when the request came as GET: GET must stay safe and idempotent,
/// and browsers send it cross-site freely. Runs as a validation rule so cached documents are
/// checked too, without parsing the document twice.
/// </summary>
public sealed class QueriesOnlyOverGetValidationRule : ValidationRuleBase
{
    public static readonly QueriesOnlyOverGetValidationRule Instance = new();

    private QueriesOnlyOverGetValidationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodNotAllowedError(context, context.Operation));
        }

        return default;
    }
}
