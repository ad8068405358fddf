using Headless.Auth.Tests.Support;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Realtime.Tests.Support;

/// <summary>Access tokens as a partner system gets them: a client with a role in an NGO, then client credentials.</summary>
public static class Tokens
{
    public static async Task<string> AccessTokenAsync(this RealtimeApi api, Guid ngoId, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(api);
        var client = await api.InScopeAsync(services =>
            services.GetRequiredService<IApiClientProvisioner>().CreateConfidentialAsync(ngoId, "Dashboard", role, CancellationToken.None));
        var response = await OAuthResponse.PostFormAsync(api.Http, "/connect/token",
            ("grant_type", "client_credentials"), ("client_id", client.Client.ClientId), ("client_secret", client.ClientSecret!));
        return response.AccessToken;
    }
}
