using GraphQL.Types;

namespace Headless.Schema.ApiClients;

public sealed class RegisterFrontEndClientInputType : InputObjectGraphType<RegisterFrontEndClientInput>
{
    public RegisterFrontEndClientInputType()
    {
        Name = "RegisterFrontEndClientInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("At most 100 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris")
            .Description("One to ten absolute https URIs without fragment (http only on loopback).");
    }
}
