namespace Headless.Twitter.Replay;

/// <summary>Finds the replay file: an absolute path as given, a relative one in the nearest ancestor folder holding it.</summary>
internal static class ReplayFileLocator
{
    public static string Locate(string? configuredPath, IEnumerable<string> startDirectories)
    {
        var relative = string.IsNullOrWhiteSpace(configuredPath) ? ReplayOptions.DefaultReplayFile : configuredPath;
        if (Path.IsPathRooted(relative))
        {
            return File.Exists(relative)
                ? relative
                : throw new FileNotFoundException($"Replay file '{relative}' (X:ReplayFile) does not exist.", relative);
        }

        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            $"Replay file '{relative}' (X:ReplayFile) was not found in the working directory or any folder above it.",
            relative);
    }
}
