namespace Headless.Schema.ApiClients;

public sealed record RevokeApiClientInput(string ApiClientId);
