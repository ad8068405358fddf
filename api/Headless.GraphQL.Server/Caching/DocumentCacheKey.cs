using GraphQL.Types;

namespace Headless.GraphQL.Server.Caching;

/// <summary>
/// Schema by reference, query text and operation name: the same text against another schema or
/// another operation has not been validated.
/// </summary>
internal readonly record struct DocumentCacheKey(ISchema Schema, string Query, string? OperationName);
