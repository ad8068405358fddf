using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>
/// One way to call a mutation: what it needs, how to build a valid input on fresh data of the owning
/// NGO, and the entities whose tables the allowed call must change (any of them). A refused call must
/// change no table at all, which every case checks on the whole database.
/// </summary>
/// <param name="Name">Empty when the mutation has a single scenario.</param>
/// <param name="OwnTenant">The allowed call changes the NGO itself for good, so each call gets a fresh NGO.</param>
public sealed record MutationScenario(string Name, Need Need, IReadOnlyList<Type> Changes, Func<Tenant, Task<object>> ArrangeAsync, bool OwnTenant = false);
