using GraphQL.Builders;
using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>Adds the Relay paging arguments to connection fields.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> ConnectionArguments<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.FieldType.AddConnectionArguments();
        return builder;
    }

    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static void AddConnectionArguments(this FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType>
        {
            Name = "first",
            Description = "Returns the first n items (after 'after' when given).",
        });
        field.Arguments.Add(new QueryArgument<StringGraphType>
        {
            Name = "after",
            Description = "Returns the items after this cursor.",
        });
        field.Arguments.Add(new QueryArgument<IntGraphType>
        {
            Name = "last",
            Description = "Returns the last n items (before 'before' when given).",
        });
        field.Arguments.Add(new QueryArgument<StringGraphType>
        {
            Name = "before",
            Description = "Returns the items before this cursor.",
        });
    }
}
