namespace Headless.GraphQL.Relay;

/// <summary>Where a connection page sits in the whole list, as the Relay cursor specification defines it.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
