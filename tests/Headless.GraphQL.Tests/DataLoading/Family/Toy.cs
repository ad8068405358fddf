namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed record Toy(int OwnerId, string Name);
