using Headless.Domain.Ngos;
using Headless.Schema.Access;

namespace Headless.Schema.Ngos;

/// <summary>A checked createNgo: the NGO to add and its first owner, once found or invited.</summary>
internal sealed record CreateNgoPlan(Ngo Ngo, string? OwnerEmail, DirectoryUser? Owner = null);
