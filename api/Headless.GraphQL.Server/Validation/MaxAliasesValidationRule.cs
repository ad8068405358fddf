using GraphQL.Validation;
using GraphQLParser.AST;

namespace Headless.GraphQL.Server.Validation;

/// <summary>
/// Refuses operations with more aliased fields than allowed: aliases let one small document ask
/// for the same expensive field many times over.
/// </summary>
public sealed class MaxAliasesValidationRule : ValidationRuleBase
{
    private readonly int _maxAliases;

    public MaxAliasesValidationRule(int maxAliases)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAliases);
        _maxAliases = maxAliases;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        var count = CountAliases(operation.SelectionSet);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operation) ?? [])
        {
            count += CountAliases(fragment.SelectionSet);
        }

        if (count > _maxAliases)
        {
            context.ReportError(new MaxAliasesError(context, operation, count, _maxAliases));
        }

        return default;
    }

    private static int CountAliases(GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    count += (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    count += CountAliases(inline.SelectionSet);
                    break;
            }
        }

        return count;
    }
}
