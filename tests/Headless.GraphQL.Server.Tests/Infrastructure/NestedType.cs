using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A self-referencing type, so tests can build documents of any depth and width.</summary>
public sealed class NestedType : ObjectGraphType
{
    public NestedType()
    {
        Name = "Nested";
        Field<IntGraphType>("value").Resolve(_ => 1);
        Field<NestedType>("child").Resolve(_ => new object());
        Field<ListGraphType<NestedType>>("children").Resolve(_ => new[] { new object(), new object() });
    }
}
