namespace Headless.Testing.Tests.Redis;

[Collection(SharedRedis.Name)]
public sealed class RedisServerTests(RedisServer redis)
{
    [RedisFact]
    public void Exposes_a_loopback_connection_string()
    {
        Assert.Equal($"127.0.0.1:{redis.Port}", redis.ConnectionString);
    }

    [RedisFact]
    public async Task Answers_ping()
    {
        await using var connection = await RespConnection.OpenAsync(redis.ConnectionString);

        Assert.Equal("+PONG", await connection.SendAsync("PING"));
    }

    [RedisFact]
    public async Task Stores_and_returns_a_value()
    {
        var key = $"campaign:{Guid.NewGuid():N}:raised";
        await using var connection = await RespConnection.OpenAsync(redis.ConnectionString);

        Assert.Equal("+OK", await connection.SendAsync("SET", key, "10000"));
        Assert.Equal("10000", await connection.SendAsync("GET", key));
    }

    [RedisFact]
    public async Task Returns_nothing_for_a_key_never_set()
    {
        await using var connection = await RespConnection.OpenAsync(redis.ConnectionString);

        Assert.Equal("$-1", await connection.SendAsync("GET", $"missing:{Guid.NewGuid():N}"));
    }
}
