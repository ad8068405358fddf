namespace Headless.GraphQL.Relay;

/// <summary>A node of a connection page and the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
