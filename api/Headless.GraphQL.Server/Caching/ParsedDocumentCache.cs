using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Headless.GraphQL.Server.Caching;

/// <summary>
/// Keeps documents that parsed and validated, so a repeated query string is neither parsed nor
/// validated again; only <see cref="ExecutionOptions.CachedDocumentValidationRules"/> run on a hit.
/// Plugs into GraphQL.NET's execution pipeline as an <see cref="IConfigureExecution"/>.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution
{
    private readonly LruCache<DocumentCacheKey, GraphQLDocument> _documents;
    private long _hits;
    private long _misses;

    public ParsedDocumentCache(GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _documents = new LruCache<DocumentCacheKey, GraphQLDocument>(options.DocumentCacheSize);
    }

    /// <summary>Requests whose document came from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests whose document had to be parsed and validated.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public int Count => _documents.Count;

    /// <summary>After option configurators (100), so the rule sets they add are already in place.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is null || options.Schema is null)
        {
            return await next(options);
        }

        // Validation depends on the schema and on the selected operation (complexity, GET rule).
        var key = new DocumentCacheKey(options.Schema, options.Query, options.OperationName);
        if (_documents.TryGet(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);

        // Executed is only set once validation passed, so invalid documents are never cached.
        if (result.Executed && result.Document is not null)
        {
            _documents.Set(key, result.Document);
        }

        return result;
    }
}
