using Headless.Domain.ApiClients;

namespace Headless.Schema.ApiClients;

/// <summary>A client just created, with its secret: the only time the secret is shown.</summary>
public sealed record CreatedApiClient(ApiClient ApiClient, string? ClientSecret);
