namespace Headless.GraphQL.Server.Tests.Infrastructure;

internal static class TestSecrets
{
    public const string ExceptionMessage = "connection string leaked: Password=hunter2";
}
