using Headless.Domain.Members;

namespace Headless.Schema.ApiClients;

/// <summary>A partner system acting with <see cref="Role"/> in the NGO (any role but OWNER).</summary>
public sealed record CreateApiClientInput(string NgoId, string Name, MemberRole Role);
