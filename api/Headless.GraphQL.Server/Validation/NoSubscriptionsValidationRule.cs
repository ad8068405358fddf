using GraphQL.Validation;
using GraphQLParser.AST;

namespace Headless.GraphQL.Server.Validation;

/// <summary>Refuses subscriptions on plain HTTP requests, which get a single response and could never deliver events.</summary>
public sealed class NoSubscriptionsValidationRule : ValidationRuleBase
{
    public static readonly NoSubscriptionsValidationRule Instance = new();

    private NoSubscriptionsValidationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new SubscriptionNeedsStreamError(context, context.Operation));
        }

        return default;
    }
}
