namespace Headless.Twitter.Client;

/// <summary>The body of a failed call: either an <c>errors</c> array or a single problem object.</summary>
internal sealed record XErrorBody(IReadOnlyList<XProblem>? Errors, string? Title, string? Detail, string? Type);
