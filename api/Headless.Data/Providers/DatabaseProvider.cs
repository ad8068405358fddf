namespace Headless.Data.Providers;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}
