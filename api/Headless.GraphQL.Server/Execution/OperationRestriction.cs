namespace Headless.GraphQL.Server.Execution;

/// <summary>
/// Which operation types a request may run, given how it arrived: GET must stay safe, so it never
/// mutates; an event-stream GET (EventSource) may still subscribe.
/// </summary>
public enum OperationRestriction
{
    None,
    QueriesOnly,
    NoMutations,

    /// <summary>A plain POST: one response, so queries and mutations but no subscriptions.</summary>
    NoSubscriptions,
}
