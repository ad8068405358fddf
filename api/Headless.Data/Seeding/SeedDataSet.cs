using System.Text.Json;
using System.Text.Json.Serialization;
using Headless.Data.Seeding.Files;

namespace Headless.Data.Seeding;

/// <summary>The seed folder: <c>ngos/*.json</c> (one NGO each) and <c>tweets.ndjson</c> (X v2 stream lines).</summary>
public sealed record SeedDataSet(IReadOnlyList<SeedNgo> Ngos, IReadOnlyList<string> TweetLines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<SeedDataSet> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Seed data folder '{Path.GetFullPath(folder)}' does not exist.");
        }

        var ngos = new List<SeedNgo>();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "ngos"), "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            var ngo = await JsonSerializer.DeserializeAsync<SeedNgo>(stream, Json, cancellationToken)
                ?? throw new InvalidDataException($"{file} is empty.");
            ngos.Add(ngo);
        }

        var tweetsFile = Path.Combine(folder, "tweets.ndjson");
        var lines = File.Exists(tweetsFile) ? await File.ReadAllLinesAsync(tweetsFile, cancellationToken) : [];
        return new SeedDataSet(ngos, lines);
    }

    /// <summary>Finds the seed folder: configured, else <c>seed/data</c> in the working directory or any parent.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed", "data");
                if (Directory.Exists(Path.Combine(candidate, "ngos")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
