using GraphQL;

namespace Headless.GraphQL.Relay;

/// <summary>The Relay paging arguments of a connection field, as the client sent them.</summary>
public sealed record ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> from a field's arguments.</summary>
    public static ConnectionArguments From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ConnectionArguments(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"));
    }
}
