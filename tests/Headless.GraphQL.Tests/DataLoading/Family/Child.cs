namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed record Child(int Id, string Name, int BestFriendId);
