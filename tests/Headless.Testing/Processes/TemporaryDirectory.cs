namespace Headless.Testing.Processes;

/// <summary>Best-effort removal of a server's temporary directory.</summary>
internal static class TemporaryDirectory
{
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover directory under the temp path is harmless; failing teardown would hide real results.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above: the OS reclaims the temp directory eventually.
        }
    }
}
