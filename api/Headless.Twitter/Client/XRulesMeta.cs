using Headless.Twitter.Rules;

namespace Headless.Twitter.Client;

internal sealed record XRulesMeta(XRulesSummary? Summary, int? ResultCount, string? NextToken);
