using GraphQL.Validation;
using GraphQLParser.AST;
using Headless.GraphQL.Server.Errors;

namespace Headless.GraphQL.Server.Validation;

/// <summary>Reported when a mutation or subscription is sent over GET; answered with 405.</summary>
public sealed class HttpMethodNotAllowedError : ValidationError
{
    public HttpMethodNotAllowedError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(
            (context ?? throw new ArgumentNullException(nameof(context))).Document.Source,
            null,
            $"Only queries can be sent with GET; send this {operation?.Operation.ToString().ToLowerInvariant()} with POST.",
            operation!)
    {
        Code = GraphQLErrorCodes.MethodNotAllowed;
    }
}
