namespace Headless.Testing.Tests.Skipping;

public sealed class ServerTestSkipTests
{
    private const string Reason = "server binaries not found";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("1")]
    public void Skips_with_the_reason_when_binaries_are_missing_outside_ci(string? ci)
    {
        Assert.Equal(Reason, ServerTestSkip.Reason(ci, binariesFound: false, Reason));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    [InlineData(" true ")]
    public void Never_skips_on_ci_even_without_binaries(string ci)
    {
        Assert.Null(ServerTestSkip.Reason(ci, binariesFound: false, Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    [InlineData("false")]
    public void Runs_whenever_binaries_are_found(string? ci)
    {
        Assert.Null(ServerTestSkip.Reason(ci, binariesFound: true, Reason));
    }
}
