using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: any object that can be refetched by its global id.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID that can be refetched with the node field.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The globally unique, opaque ID of the object.");
    }
}
