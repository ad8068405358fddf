using System.Globalization;

namespace Headless.Domain.Tests.Support;

/// <summary>Decimals cannot be attribute arguments, so theory rows carry them as invariant strings.</summary>
internal static class Numbers
{
    public static decimal Dec(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static IReadOnlyList<decimal> Decs(string values) =>
        values.Length == 0 ? [] : [.. values.Split(',').Select(Dec)];
}
