using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>
/// The private fields the schema itself announces, so that a new one fails the tests until it has a
/// case: fields whose description speaks of privacy, members or drafts, fields that list or return a
/// private type, and <c>node</c> for each private type.
/// </summary>
public static partial class PrivateFieldRequirements
{
    public static IReadOnlyList<string> Of(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var privateTypes = PrivateSelections.PrivateTypes(schema);
        var fields = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !IsPlumbing(t.Name) && !privateTypes.Contains(t.Name))
            .SelectMany(t => t.Fields.Where(f => Announces(f) || privateTypes.Contains(ItemTypeOf(f))).Select(f => $"{t.Name}.{f.Name}"));
        return [.. fields.Concat(privateTypes.Select(t => $"Query.node({t})")).Order(StringComparer.Ordinal)];
    }

    /// <summary>Roots that are not read (mutations answer only their allowed caller; subscriptions are not HTTP reads), and paging wrappers, whose owning field is the one probed.</summary>
    private static bool IsPlumbing(string typeName) =>
        typeName is "Mutation" or "Subscription" || typeName.EndsWith("Payload", StringComparison.Ordinal)
        || typeName.EndsWith("Connection", StringComparison.Ordinal) || typeName.EndsWith("Edge", StringComparison.Ordinal);

    private static bool Announces(FieldType field) => field.Description is { } text && PrivacyWords().IsMatch(text);

    /// <summary>The type a field returns, or lists through a connection.</summary>
    private static string ItemTypeOf(FieldType field)
    {
        var named = field.ResolvedType!.GetNamedType();
        return named is IComplexGraphType connection && named.Name.EndsWith("Connection", StringComparison.Ordinal)
            ? connection.GetField("nodes")!.ResolvedType!.GetNamedType().Name
            : named.Name;
    }

    [GeneratedRegex(@"\b(private|members?|drafts?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrivacyWords();
}
