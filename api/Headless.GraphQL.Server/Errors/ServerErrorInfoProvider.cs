using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace Headless.GraphQL.Server.Errors;

/// <summary>
/// Shapes every error written by this server: unhandled exceptions are masked unless details are
/// exposed, and name suggestions can be removed so a closed API does not leak its schema.
/// </summary>
public sealed partial class ServerErrorInfoProvider : IErrorInfoProvider
{
    private const string InternalServerErrorMessage = "Internal server error";

    private readonly ErrorInfoProvider _inner;
    private readonly bool _exposeExceptionDetails;
    private readonly bool _enableSuggestions;

    public ServerErrorInfoProvider(GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _exposeExceptionDetails = options.ExposeExceptionDetails;
        _enableSuggestions = options.EnableSuggestions;
        _inner = new ErrorInfoProvider(o =>
        {
            // "codes" repeats the exception type chain, which only helps someone probing the server.
            o.ExposeCodes = false;
            o.ExposeExceptionDetails = options.ExposeExceptionDetails;
            o.ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions;
        });
    }

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (executionError is UnhandledError && !_exposeExceptionDetails)
        {
            return new ErrorInfo
            {
                Message = InternalServerErrorMessage,
                Extensions = new Dictionary<string, object?> { ["code"] = GraphQLErrorCodes.InternalServerError },
            };
        }

        var info = _inner.GetInfo(executionError);
        if (executionError is UnhandledError)
        {
            info.Message = $"{executionError.Message} {executionError.InnerException?.Message}".TrimEnd();
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = GraphQLErrorCodes.InternalServerError;
        }

        if (!_enableSuggestions)
        {
            info.Message = SuggestionPattern().Replace(info.Message, string.Empty);
        }

        return info;
    }

    // GraphQL.NET always puts the hint last, and not always with a closing "?".
    [GeneratedRegex(@"\s*Did you mean\b.*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SuggestionPattern();
}
