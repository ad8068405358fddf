using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// Tells subscriptions apart before execution: only they may be shared, a query or mutation always
/// runs for its own caller.
/// </summary>
internal static class OperationKinds
{
    private static readonly ParserOptions SkipComments = new() { Ignore = IgnoreOptions.All };

    /// <summary>
    /// <see langword="false"/> for a document that does not parse or has no such operation: the
    /// normal execution then reports the error.
    /// </summary>
    public static bool IsSubscription(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, SkipComments);
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Subscription;
    }
}
