using System.Net;
using Headless.Twitter.Payloads;

namespace Headless.Twitter.Client;

/// <summary>X answered with an error status; carries what callers need to decide how long to wait.</summary>
public sealed class XApiException : Exception
{
    public XApiException()
    {
    }

    public XApiException(string message)
        : base(message)
    {
    }

    public XApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public XApiException(HttpStatusCode statusCode, DateTimeOffset? rateLimitReset, IReadOnlyList<XError> errors)
        : base(Describe(statusCode, errors))
    {
        StatusCode = statusCode;
        RateLimitReset = rateLimitReset;
        Errors = errors;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>When the rate-limit window ends, from the <c>x-rate-limit-reset</c> header (epoch seconds).</summary>
    public DateTimeOffset? RateLimitReset { get; }

    public IReadOnlyList<XError> Errors { get; } = [];

    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;

    private static string Describe(HttpStatusCode statusCode, IReadOnlyList<XError> errors)
    {
        var detail = errors.Count == 0 ? "" : ": " + string.Join("; ", errors.Select(e => e.Detail ?? e.Title));
        return $"X API answered {(int)statusCode} {statusCode}{detail}";
    }
}
