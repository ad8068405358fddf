using Headless.Domain.ApiClients;

namespace Headless.Schema.ApiClients;

/// <summary>
/// An API-client mutation between its stages: the client as checked (a validated draft, or the stored
/// row to revoke), then as the authorization server registered it, with the secret it issued.
/// </summary>
internal sealed record ApiClientPlan(ApiClient Client, string? ClientSecret = null);
