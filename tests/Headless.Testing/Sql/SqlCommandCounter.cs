using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Headless.Testing;

/// <summary>
/// Counts the SQL commands an EF Core context sends, to prove a resolver batches instead of
/// issuing N+1 queries. Register with <c>options.AddInterceptors(counter)</c>.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<string> _commandTexts = [];

    /// <summary>Commands sent since creation or the last <see cref="Reset"/>.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _commandTexts.Count;
            }
        }
    }

    /// <summary>The SQL of each counted command, in order, for assertion messages.</summary>
    public IReadOnlyList<string> CommandTexts
    {
        get
        {
            lock (_gate)
            {
                return [.. _commandTexts];
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _commandTexts.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        lock (_gate)
        {
            _commandTexts.Add(command.CommandText);
        }
    }
}
