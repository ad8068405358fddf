using GraphQL;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// Starts the GraphQL execution of a subscription within <paramref name="services"/>, a scope that
/// lives as long as the execution does.
/// </summary>
public delegate Task<ExecutionResult> SubscriptionExecution(IServiceProvider services, CancellationToken ct);
