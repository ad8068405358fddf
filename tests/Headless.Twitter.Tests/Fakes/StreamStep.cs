namespace Headless.Twitter.Tests.Fakes;

/// <summary>One thing the fake stream does on a connection, in order.</summary>
public sealed record StreamStep(
    StreamStepKind Kind,
    string? Text = null,
    int StatusCode = 200,
    DateTimeOffset? RateLimitReset = null,
    Task? Gate = null)
{
    public static StreamStep Line(string json) => new(StreamStepKind.Line, json);

    public static StreamStep KeepAlive() => new(StreamStepKind.KeepAlive);

    /// <summary>Sends nothing more, holding the connection open until the client goes away.</summary>
    public static StreamStep Stall() => new(StreamStepKind.Stall);

    /// <summary>Sends the first half of <paramref name="json"/> and aborts the connection.</summary>
    public static StreamStep DropMidLine(string json) => new(StreamStepKind.DropMidLine, json);

    /// <summary>Ends the response cleanly.</summary>
    public static StreamStep End() => new(StreamStepKind.End);

    /// <summary>Refuses the connection with <paramref name="statusCode"/> (must be the first step).</summary>
    public static StreamStep Refuse(int statusCode, DateTimeOffset? rateLimitReset = null) =>
        new(StreamStepKind.Status, null, statusCode, rateLimitReset);

    /// <summary>Sends nothing until <paramref name="gate"/> completes, then goes on with the script.</summary>
    public static StreamStep WaitFor(Task gate) => new(StreamStepKind.WaitFor, Gate: gate);
}
