using GraphQL;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// What subscribing gave: either a live subscription (dispose it to leave), or the single result
/// that came instead of an event stream, such as validation errors.
/// </summary>
public sealed class SubscriptionAttachment
{
    private SubscriptionAttachment(IDisposable? subscription, ExecutionResult? result)
    {
        Subscription = subscription;
        Result = result;
    }

    public IDisposable? Subscription { get; }

    public ExecutionResult? Result { get; }

    public static SubscriptionAttachment Live(IDisposable subscription) => new(subscription, null);

    public static SubscriptionAttachment Completed(ExecutionResult result) => new(null, result);
}
