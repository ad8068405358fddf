using Headless.Domain.ApiClients;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>The NGO's OAuth clients (ADMIN).</summary>
internal static class ApiClientCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] clients = [typeof(ApiClient)];

        yield return Case("createApiClient", Need.Admin, clients, t => Ready(new { ngoId = t.GlobalId, name = "Donor CRM", role = "EDITOR" }));

        yield return Case("registerFrontEndClient", Need.Admin, clients, t => Ready(new { ngoId = t.GlobalId, name = "Campaign microsite", redirectUris = new[] { "https://wells.example.org/callback" } }));

        yield return Case("revokeApiClient", Need.Admin, clients, async t => new { apiClientId = NodeId.Of("ApiClient", (await t.ApiClientAsync()).Id) });
    }
}
