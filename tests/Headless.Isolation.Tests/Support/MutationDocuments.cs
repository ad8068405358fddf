using GraphQL;
using GraphQL.Types;

namespace Headless.Isolation.Tests.Support;

/// <summary>
/// Builds, from the schema itself, <c>mutation($input: XInput!) { x(input: $input) { ... } }</c>
/// selecting every field of the payload: the typed errors with their <c>__typename</c>, and the id of each result.
/// </summary>
public static class MutationDocuments
{
    public static IReadOnlyList<string> MutationNames(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return [.. schema.Mutation!.Fields.Select(f => f.Name)];
    }

    public static string For(ISchema schema, string mutation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var field = schema.Mutation!.Fields.Find(mutation) ?? throw new ArgumentException($"No mutation {mutation}.", nameof(mutation));
        var inputType = field.Arguments!.Find("input")!.ResolvedType!;
        var selection = string.Join(' ', ResultFields(schema, mutation).Select(f => f.Selection).Append("errors { __typename code message }"));
        return $"mutation Isolation($input: {inputType}) {{ {mutation}(input: $input) {{ {selection} }} }}";
    }

    /// <summary>The payload's fields besides <c>errors</c>: each is set on success and null on failure.</summary>
    public static IReadOnlyList<(string Name, string Selection)> ResultFields(ISchema schema, string mutation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var payload = (IComplexGraphType)schema.Mutation!.Fields.Find(mutation)!.ResolvedType!.GetNamedType();
        return [.. payload.Fields.Where(f => f.Name != "errors")
            .Select(f => (f.Name, f.ResolvedType!.GetNamedType() is IComplexGraphType ? $"{f.Name} {{ id }}" : f.Name))];
    }
}
