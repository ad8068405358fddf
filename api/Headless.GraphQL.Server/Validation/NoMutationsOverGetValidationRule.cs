using GraphQL.Validation;
using GraphQLParser.AST;

namespace Headless.GraphQL.Server.Validation;

/// <summary>
/// Refuses mutations on an event-stream GET: browsers' EventSource can only GET, so queries and
/// subscriptions are allowed there, but GET must never change anything.
/// </summary>
public sealed class NoMutationsOverGetValidationRule : ValidationRuleBase
{
    public static readonly NoMutationsOverGetValidationRule Instance = new();

    private NoMutationsOverGetValidationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new HttpMethodNotAllowedError(context, context.Operation));
        }

        return default;
    }
}
