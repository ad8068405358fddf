using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>One cell of a matrix: what was expected of a caller, what happened, and what was wrong with it (null when right).</summary>
public sealed record MatrixOutcome(string Operation, string Scenario, Caller Caller, bool ExpectedAllowed, string Observed, string? Problem)
{
    public string Row => Scenario.Length == 0 ? Operation : $"{Operation} ({Scenario})";

    public string Cell => Problem is null ? Observed : $"✗ {Observed}";

    public override string ToString() =>
        $"{Row} as {Caller.Name}: expected {(ExpectedAllowed ? "allowed" : "refused")}, {Problem ?? Observed}";
}
