using GraphQL.Types;
using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Headless.Schema.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.ApiClients;

/// <summary>
/// Registration goes through the authorization server (<see cref="IApiClientProvisioner"/>), which
/// writes on its own: the domain validates the client first, so a refused input registers nothing.
/// </summary>
internal static class ApiClientMutations
{
    public static void AddApiClientMutations(this ObjectGraphType mutation)
    {
        mutation.AddStagedMutation<CreateApiClientInputType, CreateApiClientInput, ApiClientPlan, CreatedApiClient>(
            "createApiClient",
            "Registers a partner system acting with a role in the NGO (ADMIN). The payload shows its secret, once.",
            payload =>
            {
                payload.Field<ApiClientType>("apiClient").Resolve(c => c.Source.Result?.ApiClient);
                payload.Field<StringGraphType>("clientSecret")
                    .Description("The client secret, shown this once and never stored in clear: keep it now.")
                    .Resolve(c => c.Source.Result?.ClientSecret);
            },
            check: async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Admin);
                return new ApiClientPlan(ApiClient.CreateConfidential(ngo.Id, input.Name, input.Role, m.Now));
            },
            callOut: async (plan, services, cancellationToken) =>
            {
                var provisioned = await services.GetRequiredService<IApiClientProvisioner>()
                    .CreateConfidentialAsync(plan.Client.NgoId, plan.Client.Name, plan.Client.Role, cancellationToken);
                return new ApiClientPlan(provisioned.Client, provisioned.ClientSecret);
            },
            commit: async (m, plan) =>
            {
                var client = await ApiClientTargets.StoredAsync(m, plan.Client);
                m.Audit(client.NgoId, "ApiClient", client.Id);
                return new CreatedApiClient(client, plan.ClientSecret);
            });

        mutation.AddStagedMutation<RegisterFrontEndClientInputType, RegisterFrontEndClientInput, ApiClientPlan, ApiClient>(
            "registerFrontEndClient",
            "Registers a front end that signs its users in with the authorization code flow and PKCE, without a secret (ADMIN).",
            payload => payload.Field<ApiClientType>("apiClient").Resolve(c => c.Source.Result),
            check: async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Admin);
                return new ApiClientPlan(ApiClient.CreatePublic(ngo.Id, input.Name, input.RedirectUris, m.Now));
            },
            callOut: async (plan, services, cancellationToken) =>
            {
                var provisioned = await services.GetRequiredService<IApiClientProvisioner>()
                    .CreatePublicAsync(plan.Client.NgoId, plan.Client.Name, plan.Client.RedirectUris, cancellationToken);
                return new ApiClientPlan(provisioned.Client);
            },
            commit: async (m, plan) =>
            {
                var client = await ApiClientTargets.StoredAsync(m, plan.Client);
                m.Audit(client.NgoId, "ApiClient", client.Id);
                return client;
            });

        mutation.AddStagedMutation<RevokeApiClientInputType, RevokeApiClientInput, ApiClientPlan, ApiClient>(
            "revokeApiClient",
            "Revokes a client and every token issued to it (ADMIN). Allowed in archived NGOs too.",
            payload => payload.Field<ApiClientType>("apiClient").Resolve(c => c.Source.Result),
            check: async (m, input) =>
            {
                var client = await ApiClientTargets.LoadAsync(m, input.ApiClientId);
                return client.IsRevoked
                    ? throw new MutationFailedException(new ConflictError($"{m.Operation}: the client was already revoked.", "ALREADY_REVOKED"))
                    : new ApiClientPlan(client);
            },
            callOut: async (plan, services, cancellationToken) =>
            {
                await services.GetRequiredService<IApiClientProvisioner>().RevokeAsync(plan.Client.Id, cancellationToken);
                return plan;
            },
            commit: async (m, plan) =>
            {
                var client = m.Found(await m.Db.ApiClients.FirstOrDefaultAsync(a => a.Id == plan.Client.Id, m.CancellationToken), "API client");
                if (!client.IsRevoked)
                {
                    client.Revoke(m.Now);
                }

                m.Audit(client.NgoId, "ApiClient", client.Id);
                return client;
            });
    }
}
