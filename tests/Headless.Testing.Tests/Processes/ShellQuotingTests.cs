using Headless.Testing.Processes;

namespace Headless.Testing.Tests.Processes;

public sealed class ShellQuotingTests
{
    [Theory]
    [InlineData("pg_ctl", "pg_ctl")]
    [InlineData("/tmp/headless-pg-1/data", "/tmp/headless-pg-1/data")]
    [InlineData("", "''")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$HOME", "'$HOME'")]
    public void Quotes_only_what_a_shell_would_split_or_expand(string argument, string expected)
    {
        Assert.Equal(expected, ShellQuoting.Quote(argument));
    }

    [Fact]
    public void Joins_arguments_into_one_shell_command_line()
    {
        Assert.Equal("pg_ctl -o '-p 5432 -h 127.0.0.1' start", ShellQuoting.Join(["pg_ctl", "-o", "-p 5432 -h 127.0.0.1", "start"]));
    }
}
