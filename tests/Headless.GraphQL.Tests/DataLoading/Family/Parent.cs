namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed record Parent(int Id, int ChildId);
