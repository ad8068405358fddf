using GraphQL.Types;

namespace Headless.Schema.ApiClients;

public sealed class RevokeApiClientInputType : InputObjectGraphType<RevokeApiClientInput>
{
    public RevokeApiClientInputType()
    {
        Name = "RevokeApiClientInput";
        Field<NonNullGraphType<IdGraphType>>("apiClientId");
    }
}
