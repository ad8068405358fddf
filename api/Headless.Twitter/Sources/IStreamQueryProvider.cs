namespace Headless.Twitter.Sources;

/// <summary>
/// The recent-search queries that find what the stream rules match, used to fill the gap after a
/// reconnect. Supplied by the host, which knows which rules it keeps on the stream.
/// </summary>
public interface IStreamQueryProvider
{
    Task<IReadOnlyList<BackfillQuery>> GetBackfillQueriesAsync(CancellationToken cancellationToken);
}
