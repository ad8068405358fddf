using Headless.Twitter.Payloads;

namespace Headless.Twitter.Client;

internal sealed record XSearchResponse(IReadOnlyList<XTweet>? Data, XIncludes? Includes, XSearchMeta? Meta, IReadOnlyList<XProblem>? Errors);
