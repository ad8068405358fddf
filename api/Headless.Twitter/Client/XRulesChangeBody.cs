using Headless.Twitter.Rules;

namespace Headless.Twitter.Client;

/// <summary>The body of <c>POST /2/tweets/search/stream/rules</c>: either <c>add</c> or <c>delete</c>.</summary>
internal sealed record XRulesChangeBody(IReadOnlyList<DesiredRule>? Add, XRulesDeleteIds? Delete);
