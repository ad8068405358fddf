using Headless.Domain.ApiClients;

namespace Headless.Schema.Access;

/// <summary>A newly registered client; <see cref="ClientSecret"/> is shown once (null for public clients).</summary>
public sealed record ProvisionedClient(ApiClient Client, string? ClientSecret);
