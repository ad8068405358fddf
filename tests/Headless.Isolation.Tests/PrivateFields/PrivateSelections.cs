using GraphQL;
using GraphQL.Types;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>
/// Selections built from the schema: every field of a private type, so that a field added to
/// <c>Member</c>, <c>ApiClient</c> or <c>AuditEntry</c> is probed without anyone editing the tests.
/// </summary>
public static class PrivateSelections
{
    public static string AllFieldsOf(ISchema schema, string typeName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var type = (IComplexGraphType)schema.AllTypes[typeName]!;
        return string.Join(' ', type.Fields
            .Where(f => f.Arguments is null || f.Arguments.All(a => a.ResolvedType is not NonNullGraphType))
            .Select(f => f.ResolvedType!.GetNamedType() is IComplexGraphType ? $"{f.Name} {{ id }}" : f.Name));
    }

    /// <summary>The object types whose description says they are visible to an NGO's own people only.</summary>
    public static IReadOnlyList<string> PrivateTypes(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return [.. schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.Description?.Contains("Visible to the NGO's", StringComparison.Ordinal) == true)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];
    }
}
