using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.Schema.Members;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.ApiClients;

internal static class ApiClientTargets
{
    /// <summary>A client of an NGO; outsiders cannot tell it exists (NOT_FOUND), members below ADMIN are FORBIDDEN.</summary>
    public static async Task<ApiClient> LoadAsync(MutationContext m, string apiClientGlobalId)
    {
        var id = m.Id(apiClientGlobalId, "ApiClient", "apiClientId");
        var client = m.Found(await m.Db.ApiClients.FirstOrDefaultAsync(a => a.Id == id, m.CancellationToken), "API client");
        PrivateTargets.Authorize(m, client.NgoId, MemberRole.Admin, "API client");
        return client;
    }

    /// <summary>The row of a client the authorization server just registered; stored here if it kept only the OAuth application.</summary>
    public static async Task<ApiClient> StoredAsync(MutationContext m, ApiClient registered)
    {
        var stored = await m.Db.ApiClients.FirstOrDefaultAsync(a => a.Id == registered.Id, m.CancellationToken);
        if (stored is null)
        {
            m.Db.ApiClients.Add(registered);
        }

        return stored ?? registered;
    }
}
