namespace Headless.Testing.Tests.Postgres;

public sealed class PostgresDatabaseNameTests
{
    [Fact]
    public void Generates_a_different_valid_name_each_time()
    {
        var first = PostgresDatabaseName.NewUnique();
        var second = PostgresDatabaseName.NewUnique();

        Assert.NotEqual(first, second);
        Assert.Equal(first, PostgresDatabaseName.Validate(first));
        Assert.Equal(second, PostgresDatabaseName.Validate(second));
    }

    [Fact]
    public void Rejects_names_longer_than_postgres_identifiers()
    {
        var tooLong = new string('a', 64);

        Assert.Throws<ArgumentException>(() => PostgresDatabaseName.Validate(tooLong));
    }
}
