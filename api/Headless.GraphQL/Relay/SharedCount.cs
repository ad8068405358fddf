namespace Headless.GraphQL.Relay;

/// <summary>
/// Runs a count at most once per page, so backward paging and a selected <c>totalCount</c>
/// share one query; a failed or canceled count is retried by the next caller.
/// </summary>
internal sealed class SharedCount
{
    private readonly Func<CancellationToken, Task<int>> _count;
    private readonly Lock _gate = new();
    private Task<int>? _running;

    public SharedCount(Func<CancellationToken, Task<int>> count) => _count = count;

    public Task<int> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_running is null || _running.IsFaulted || _running.IsCanceled)
            {
                _running = _count(cancellationToken);
            }

            return _running;
        }
    }
}
