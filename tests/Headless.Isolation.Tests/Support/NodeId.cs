using Headless.GraphQL.Relay;

namespace Headless.Isolation.Tests.Support;

/// <summary>The opaque global ID the API shows for an entity.</summary>
public static class NodeId
{
    public static string Of(string typeName, Guid id) => GlobalId.Encode(typeName, id);
}
