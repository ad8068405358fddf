namespace Headless.GraphQL.Tests.Relay.Library;

internal sealed record Book(Guid Id, string Title, Guid AuthorId, bool Restricted = false);
