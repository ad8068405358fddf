using GraphQL.Types;
using Headless.Domain.ApiClients;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;
using Headless.Schema.Members;
using Headless.Schema.Ngos;

namespace Headless.Schema.ApiClients;

/// <summary>A registered application. Its secret is never readable: it is shown once, by createApiClient.</summary>
public sealed class ApiClientType : ObjectGraphType<ApiClient>
{
    public ApiClientType()
    {
        Name = "ApiClient";
        Description = "An application registered by an NGO. Visible to the NGO's admins and owners only; the secret is never shown here.";
        this.ImplementsNode("ApiClient", a => a.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("clientId").Description("The OAuth client_id.").Resolve(c => c.Source.ClientId);
        Field<NonNullGraphType<ApiClientKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<MemberRoleType>>("role").Description("The role the client acts with in its NGO.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris")
            .Description("Where a front end may receive authorization codes; empty for confidential clients.")
            .Resolve(c => c.Source.RedirectUris);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("revokedAt").Description("Set once revoked: the client and its tokens no longer work.").Resolve(c => c.Source.RevokedAt);
        Field<NonNullGraphType<NgoType>>("ngo").Resolve(c => c.Service<NgoByIdLoader>().LoadAsync(c.Source.NgoId));
    }
}
