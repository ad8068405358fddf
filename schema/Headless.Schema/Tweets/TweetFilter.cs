using Headless.Domain.Tweets;

namespace Headless.Schema.Tweets;

public sealed record TweetFilter(IReadOnlyList<TweetKind>? Kinds, DateTime? Since);
