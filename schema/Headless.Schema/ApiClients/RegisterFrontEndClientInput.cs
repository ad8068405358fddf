namespace Headless.Schema.ApiClients;

public sealed record RegisterFrontEndClientInput(string NgoId, string Name, IReadOnlyList<string> RedirectUris);
