using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Headless.Schema.Common;

/// <summary>
/// An exact decimal, written as a JSON string ("1250.00") so that no client reads money as a
/// floating-point number. Inputs accept strings and JSON numbers.
/// </summary>
public sealed class ExactDecimalGraphType : ScalarGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, serialized as a string (e.g. \"1250.00\") so it is never read as floating point.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal d => Format(d),
        int or long => Format(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        _ => ThrowSerializationError(value),
    };

    /// <summary>Two decimals at least, as money reads ("25000.00"), and every significant digit beyond.</summary>
    public static string Format(decimal value) => value.ToString("0.00##########################", CultureInfo.InvariantCulture);

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int or long or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue((string)s.Value),
        GraphQLIntValue i when decimal.TryParse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) => d,
        GraphQLFloatValue f when decimal.TryParse(f.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => ThrowLiteralConversionError(value),
    };
}
