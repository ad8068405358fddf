namespace Headless.Twitter.Streaming;

/// <summary>Why a filtered-stream connection ended or could not be opened; each kind backs off differently.</summary>
public enum StreamFailureKind
{
    /// <summary>An established connection ended (EOF, reset mid-stream, an operational disconnect).</summary>
    ConnectionDropped,

    /// <summary>Neither data nor keep-alive arrived within the stall timeout.</summary>
    Stalled,

    /// <summary>The connection could not be opened at the TCP/IP level (refused, DNS, TLS, connect timeout).</summary>
    NetworkError,

    /// <summary>X answered the connect with an error status other than 429.</summary>
    HttpError,

    /// <summary>X answered the connect with 429 Too Many Requests.</summary>
    RateLimited,
}
