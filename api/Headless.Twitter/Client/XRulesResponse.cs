using Headless.Twitter.Rules;

namespace Headless.Twitter.Client;

internal sealed record XRulesResponse(IReadOnlyList<XStreamRule>? Data, XRulesMeta? Meta, IReadOnlyList<XProblem>? Errors);
