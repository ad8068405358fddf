namespace Headless.Testing.Tests.Redis;

/// <summary>One Redis server for every test class of this assembly that joins the collection.</summary>
[CollectionDefinition(Name)]
public sealed class SharedRedis : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
