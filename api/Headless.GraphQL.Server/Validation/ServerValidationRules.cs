using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Headless.GraphQL.Server.Execution;

namespace Headless.GraphQL.Server.Validation;

/// <summary>The validation rule sets the endpoint runs, built once from the options.</summary>
public sealed class ServerValidationRules
{
    private readonly IValidationRule[] _post;
    private readonly IValidationRule[] _get;
    private readonly IValidationRule[] _cachedPost;
    private readonly IValidationRule[] _cachedGet;
    private readonly IValidationRule[] _eventStreamGet;
    private readonly IValidationRule[] _cachedEventStreamGet;
    private readonly IValidationRule[] _plainPost;
    private readonly IValidationRule[] _cachedPlainPost;

    public ServerValidationRules(GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var complexity = new ComplexityValidationRule(CreateComplexityOptions(options));
        var rules = new List<IValidationRule>(DocumentValidator.CoreRules)
        {
            complexity,
            new MaxAliasesValidationRule(options.MaxAliases),
        };
        if (!options.EnableIntrospection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        _post = [.. rules];
        _get = [.. rules, QueriesOnlyOverGetValidationRule.Instance];
        _eventStreamGet = [.. rules, NoMutationsOverGetValidationRule.Instance];
        _plainPost = [.. rules, NoSubscriptionsValidationRule.Instance];

        // A cached document already passed every rule except those that depend on the request:
        // complexity reads first/last arguments that may come from variables, and GET depends on the method.
        _cachedPost = [complexity];
        _cachedGet = [complexity, QueriesOnlyOverGetValidationRule.Instance];
        _cachedEventStreamGet = [complexity, NoMutationsOverGetValidationRule.Instance];
        _cachedPlainPost = [complexity, NoSubscriptionsValidationRule.Instance];
    }

    public IReadOnlyList<IValidationRule> ForNewDocument(bool isGet) => isGet ? _get : _post;

    public IReadOnlyList<IValidationRule> ForCachedDocument(bool isGet) => isGet ? _cachedGet : _cachedPost;

    public IReadOnlyList<IValidationRule> ForNewDocument(OperationRestriction restriction) => restriction switch
    {
        OperationRestriction.QueriesOnly => _get,
        OperationRestriction.NoMutations => _eventStreamGet,
        OperationRestriction.NoSubscriptions => _plainPost,
        _ => _post,
    };

    public IReadOnlyList<IValidationRule> ForCachedDocument(OperationRestriction restriction) => restriction switch
    {
        OperationRestriction.QueriesOnly => _cachedGet,
        OperationRestriction.NoMutations => _cachedEventStreamGet,
        OperationRestriction.NoSubscriptions => _cachedPlainPost,
        _ => _cachedPost,
    };

    private static ComplexityOptions CreateComplexityOptions(GraphQLServerOptions options)
    {
        var complexity = new ComplexityOptions { MaxDepth = options.MaxDepth, MaxComplexity = options.MaxComplexity };
        var defaultImpact = complexity.DefaultComplexityImpactDelegate;

        // Introspection is bounded by the schema's own size and switched off separately; counting it
        // would only stop tools such as GraphiQL from loading the schema.
        complexity.DefaultComplexityImpactDelegate = context =>
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
            || (context.ParentType.Name?.StartsWith("__", StringComparison.Ordinal) ?? false)
                ? new FieldComplexityResult(0, 0)
                : defaultImpact(context);
        return complexity;
    }
}
