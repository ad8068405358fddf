namespace Headless.GraphQL.Server.Errors;

/// <summary>The <c>extensions.code</c> values this server adds to GraphQL errors.</summary>
public static class GraphQLErrorCodes
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    public const string StreamingNotSupported = "STREAMING_NOT_SUPPORTED";
}
