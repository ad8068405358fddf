using System.Text.Json.Nodes;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>Private field ("Type.field", or "Query.node(Type)" for a private node type) → its case.</summary>
public static class PrivateFieldCases
{
    public static IReadOnlyDictionary<string, PrivateFieldCase> All { get; } =
        MemberOnlyFieldCases.All().Concat(DraftFieldCases.All()).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>The node with <paramref name="id"/> in a list, or null.</summary>
    internal static JsonObject? Find(JsonNode? nodes, string id) =>
        nodes?.AsArray().OfType<JsonObject>().FirstOrDefault(n => n["id"]?.GetValue<string>() == id);

    internal static int Count(JsonNode? nodes) => nodes?.AsArray().Count ?? -1;

    internal static Visibility ShownIf(bool shown, bool hidden) =>
        shown ? Visibility.Shown : hidden ? Visibility.Hidden : Visibility.Inconsistent;

    /// <summary>A private list: its target row with its values, or nothing at all (not even a count).</summary>
    internal static Visibility ListWith(JsonNode? connection, string id, string presentField) =>
        ShownIf(
            Find(connection?["nodes"], id) is { } row && row[presentField] is not null,
            Count(connection?["nodes"]) == 0 && connection?["totalCount"]?.GetValue<int>() == 0);

    /// <summary><c>node(id)</c> with every field of the type when shown, null when hidden.</summary>
    internal static PrivateProbe NodeProbe(string typeName, string id, string selection) => new(
        $"query($id: ID!) {{ node(id: $id) {{ id ... on {typeName} {{ {selection} }} }} }}",
        new { id },
        data => ShownIf(data["node"]?["id"]?.GetValue<string>() == id, data["node"] is null));
}
