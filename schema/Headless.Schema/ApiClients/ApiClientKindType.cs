using GraphQL.Types;
using Headless.Domain.ApiClients;

namespace Headless.Schema.ApiClients;

public sealed class ApiClientKindType : EnumerationGraphType<ApiClientKind>
{
    public ApiClientKindType()
    {
        Name = "ApiClientKind";
        Description = "CONFIDENTIAL: a partner system with a secret (client credentials). PUBLIC: a front end (authorization code with PKCE).";
    }
}
