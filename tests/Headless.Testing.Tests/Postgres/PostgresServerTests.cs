using Npgsql;

namespace Headless.Testing.Tests.Postgres;

[Collection(SharedPostgres.Name)]
public sealed class PostgresServerTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task Listens_on_a_loopback_port_once_started()
    {
        await postgres.StartAsync();

        Assert.InRange(postgres.Port, 1, 65535);
        Assert.Contains($"Port={postgres.Port}", postgres.ConnectionString("postgres"), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Runs_sql_in_each_created_database()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();

        var firstName = await ScalarAsync<string>(first, "SELECT current_database()");
        var secondName = await ScalarAsync<string>(second, "SELECT current_database()");

        Assert.Equal(new NpgsqlConnectionStringBuilder(first).Database, firstName);
        Assert.Equal(new NpgsqlConnectionStringBuilder(second).Database, secondName);
        Assert.NotEqual(firstName, secondName);
    }

    [PostgresFact]
    public async Task Keeps_tables_of_one_database_invisible_to_another()
    {
        var first = await postgres.CreateDatabaseAsync();
        var second = await postgres.CreateDatabaseAsync();

        await ExecuteAsync(first, "CREATE TABLE notes (body text NOT NULL); INSERT INTO notes VALUES ('#PerfectGift')");

        Assert.Equal(1L, await ScalarAsync<long>(first, "SELECT count(*) FROM notes"));
        Assert.True(await ScalarAsync<bool>(second, "SELECT to_regclass('notes') IS NULL"));
    }

    [PostgresFact]
    public async Task Creates_a_database_with_the_requested_name()
    {
        var name = $"named_{Guid.NewGuid():N}";

        var connectionString = await postgres.CreateDatabaseAsync(name);

        Assert.Equal(name, await ScalarAsync<string>(connectionString, "SELECT current_database()"));
    }

    [PostgresFact]
    public async Task Stores_text_as_utf8()
    {
        var connectionString = await postgres.CreateDatabaseAsync();

        var lowered = await ScalarAsync<string>(connectionString, "SELECT lower('ENFANTS DU MÉKONG')");

        Assert.Equal("enfants du mékong", lowered);
    }

    [PostgresTheory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("1starts_with_digit")]
    [InlineData("quote\"; DROP DATABASE postgres; --")]
    public async Task Rejects_database_names_that_are_not_plain_identifiers(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => postgres.CreateDatabaseAsync(name));
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
