namespace Headless.Testing.Tests.Sql;

public sealed class Note
{
    public int Id { get; set; }

    public required string Body { get; set; }
}
