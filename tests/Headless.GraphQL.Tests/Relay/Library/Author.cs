namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed record Author(Guid Id, string Name);
