namespace Headless.Twitter.Payloads;

/// <summary>An error object X sends inside a stream or response (e.g. an operational disconnect).</summary>
public sealed record XError(string? Title, string? Detail, string? Type);
