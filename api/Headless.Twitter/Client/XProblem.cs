namespace Headless.Twitter.Client;

/// <summary>An entry of X's <c>errors</c> array (partial errors on 200 answers, or the reasons of a failure).</summary>
internal sealed record XProblem(string? Value, string? Id, string? Title, string? Detail, string? Type, string? ResourceId);
