namespace Headless.Testing;

/// <summary>
/// Decides whether a test needing a real server is skipped. Developers without the server
/// binaries get a skip; CI (CI=true) never skips, so a missing server fails loudly there.
/// </summary>
public static class ServerTestSkip
{
    public const string CiVariable = "CI";

    /// <summary>The skip reason, or null when the test must run.</summary>
    public static string? Reason(string? ciVariableValue, bool binariesFound, string missingBinariesReason)
    {
        if (binariesFound || IsCi(ciVariableValue))
        {
            return null;
        }

        return missingBinariesReason;
    }

    public static bool IsCi(string? ciVariableValue) =>
        string.Equals(ciVariableValue?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The decision for this process, reading the CI variable from the environment.</summary>
    public static string? ReasonForCurrentEnvironment(bool binariesFound, string missingBinariesReason) =>
        Reason(Environment.GetEnvironmentVariable(CiVariable), binariesFound, missingBinariesReason);
}
