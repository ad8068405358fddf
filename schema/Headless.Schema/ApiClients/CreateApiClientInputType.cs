using GraphQL.Types;
using Headless.Schema.Members;

namespace Headless.Schema.ApiClients;

public sealed class CreateApiClientInputType : InputObjectGraphType<CreateApiClientInput>
{
    public CreateApiClientInputType()
    {
        Name = "CreateApiClientInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who the client is, for people reading the list (at most 100 characters).");
        Field<NonNullGraphType<MemberRoleType>>("role").Description("The role it acts with in the NGO; OWNER is not allowed.");
    }
}
