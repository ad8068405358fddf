namespace Headless.Data.Tests.Support;

/// <summary>The repository's <c>seed/data</c> folder, found by walking up from the test binaries.</summary>
public static class SeedDataFolder
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed", "data");
            if (Directory.Exists(Path.Combine(candidate, "ngos")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No seed/data folder above {AppContext.BaseDirectory}.");
    }
}
