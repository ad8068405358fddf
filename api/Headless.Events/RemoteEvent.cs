namespace Headless.Events;

/// <summary>An event received from another node, still as JSON: each subscriber reads it as its own type.</summary>
internal sealed record RemoteEvent(string Json);
