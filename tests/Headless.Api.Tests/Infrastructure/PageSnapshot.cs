using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>
/// What a page snapshot holds: the response data, indented for review. Global ids embed random
/// GUIDs, so every <c>id</c> field is left out of the comparison. Tests call
/// <c>Snapshot.Match</c> themselves, because the snapshot is named after the calling test.
/// </summary>
public static class PageSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Format(JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.ToJsonString(Indented);
    }

    public static MatchOptions IgnoreIds(MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IgnoreAllFields("id");
    }
}
