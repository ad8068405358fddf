using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>A private field: the role that may see it, and how to arrange data in a fresh NGO and probe it.</summary>
public sealed record PrivateFieldCase(Need Need, Func<Tenant, Task<PrivateProbe>> ArrangeAsync);
