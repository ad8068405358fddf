using System.Text.Json;
using Headless.Twitter.Payloads;

namespace Headless.Realtime.Tests.Support;

/// <summary>A small NDJSON recording of filtered-stream lines, in a temp file removed on dispose.</summary>
public sealed class ReplayFile : IDisposable
{
    private ReplayFile(string path) => Path = path;

    public string Path { get; }

    public static async Task<ReplayFile> WriteAsync(params XStreamMessage[] messages)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"headless-replay-{Guid.NewGuid():N}.ndjson");
        await File.WriteAllLinesAsync(path, messages.Select(m => JsonSerializer.Serialize(m, XJson.Options)));
        return new ReplayFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
