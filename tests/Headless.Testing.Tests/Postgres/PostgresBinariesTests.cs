namespace Headless.Testing.Tests.Postgres;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Orders_version_directories_numerically_newest_first()
    {
        string[] directories = ["/usr/lib/postgresql/9.6", "/usr/lib/postgresql/15", "/usr/lib/postgresql/10"];

        var ordered = PostgresBinaries.OrderNewestFirst(directories);

        Assert.Equal(["/usr/lib/postgresql/15", "/usr/lib/postgresql/10", "/usr/lib/postgresql/9.6"], ordered);
    }

    [Fact]
    public void Ignores_directories_that_are_not_versions()
    {
        string[] directories = ["/usr/lib/postgresql/common", "/usr/lib/postgresql/16"];

        var ordered = PostgresBinaries.OrderNewestFirst(directories);

        Assert.Equal(["/usr/lib/postgresql/16"], ordered);
    }

    [Fact]
    public void Names_the_missing_tools_and_the_fix_in_its_skip_message()
    {
        Assert.Contains("initdb, pg_ctl", PostgresBinaries.MissingMessage, StringComparison.Ordinal);
        Assert.Contains("install postgresql", PostgresBinaries.MissingMessage, StringComparison.Ordinal);
    }
}
