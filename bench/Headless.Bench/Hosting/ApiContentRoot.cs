using System.Text.Json;

namespace Headless.Bench.Hosting;

/// <summary>
/// Finds the API project's folder from the manifest the test-host package writes next to the
/// benchmark's binaries, so its appsettings.json applies whatever the working directory.
/// </summary>
public static class ApiContentRoot
{
    private const string ManifestName = "MvcTestingAppManifest.json";

    public static string Locate()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, ManifestName);
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        var assembly = typeof(Program).Assembly.FullName ?? string.Empty;
        return roots.TryGetValue(assembly, out var root) && Directory.Exists(root)
            ? root
            : throw new DirectoryNotFoundException($"{ManifestName} names no folder for {assembly}; rebuild the benchmark.");
    }
}
