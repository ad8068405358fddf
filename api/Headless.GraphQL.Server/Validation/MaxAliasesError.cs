using GraphQL.Validation;
using GraphQLParser.AST;
using Headless.GraphQL.Server.Errors;

namespace Headless.GraphQL.Server.Validation;

/// <summary>Reported by <see cref="MaxAliasesValidationRule"/>.</summary>
public sealed class MaxAliasesError : ValidationError
{
    public MaxAliasesError(ValidationContext context, ASTNode node, int count, int max)
        : base(
            (context ?? throw new ArgumentNullException(nameof(context))).Document.Source,
            null,
            $"The operation uses {count} aliases, more than the limit of {max}.",
            node)
    {
        Code = GraphQLErrorCodes.MaxAliasesExceeded;
    }
}
