using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.ApiClients;

internal static class ApiClientMutationDocuments
{
    private const string Client = "apiClient { id name clientId kind role redirectUris createdAt revokedAt }";

    public const string Create = "mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { " + Client + " clientSecret " + Documents.Errors + " } }";

    public const string Register = "mutation($input: RegisterFrontEndClientInput!) { registerFrontEndClient(input: $input) { " + Client + " " + Documents.Errors + " } }";

    public const string Revoke = "mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { " + Client + " " + Documents.Errors + " } }";

    public static object CreateInput(Guid ngoId, string role = "EDITOR", string name = "Donations platform") =>
        new { input = new { ngoId = GlobalId.Encode("Ngo", ngoId), name, role } };

    public static object RegisterInput(Guid ngoId, params string[] redirectUris) =>
        new { input = new { ngoId = GlobalId.Encode("Ngo", ngoId), name = "Campaign site", redirectUris } };

    public static object RevokeInput(Guid apiClientId) => new { input = new { apiClientId = GlobalId.Encode("ApiClient", apiClientId) } };
}
