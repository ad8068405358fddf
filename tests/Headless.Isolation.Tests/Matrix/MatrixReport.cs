using System.Text;
using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>Prints a matrix as a table (one row per operation, one column per caller) and lists what went wrong.</summary>
public static class MatrixReport
{
    public static string Format(string title, IReadOnlyList<MatrixOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var rows = outcomes.Select(o => o.Row).Distinct().ToList();
        var width = rows.Max(r => r.Length) + 2;
        var builder = new StringBuilder().AppendLine(title);
        builder.Append(string.Empty.PadRight(width)).AppendJoin(" | ", Caller.All.Select(c => c.Name)).AppendLine();
        foreach (var row in rows)
        {
            builder.Append(row.PadRight(width)).AppendJoin(" | ", Caller.All.Select(c =>
                outcomes.FirstOrDefault(o => o.Row == row && o.Caller == c)?.Cell ?? "-")).AppendLine();
        }

        var problems = outcomes.Where(o => o.Problem is not null).ToList();
        builder.AppendLine($"{problems.Count} of {outcomes.Count} cells wrong.");
        foreach (var problem in problems)
        {
            builder.AppendLine(problem.ToString());
        }

        return builder.ToString();
    }
}
