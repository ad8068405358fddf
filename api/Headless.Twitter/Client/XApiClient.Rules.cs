using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Headless.Twitter.Payloads;
using Headless.Twitter.Rules;

namespace Headless.Twitter.Client;

public sealed partial class XApiClient
{
    internal const string RulesPath = "2/tweets/search/stream/rules";

    // X treats "tag": null as a value; leaving the property out is what "no tag" means.
    private static readonly JsonSerializerOptions s_writeOptions = new(XJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>All rules active on the stream, following pagination.</summary>
    public async Task<IReadOnlyList<XStreamRule>> ListRulesAsync(CancellationToken cancellationToken)
    {
        var rules = new List<XStreamRule>();
        string? nextToken = null;
        do
        {
            var url = $"{RulesPath}?max_results=1000"
                + (nextToken is null ? "" : $"&pagination_token={Uri.EscapeDataString(nextToken)}");
            var page = await GetJsonAsync<XRulesResponse>(url, cancellationToken);
            rules.AddRange(page.Data ?? []);
            nextToken = page.Meta?.NextToken;
        }
        while (nextToken is not null);

        return rules;
    }

    /// <summary>Adds rules; with <paramref name="dryRun"/> X only validates them.</summary>
    public Task<XRulesUpdateResult> AddRulesAsync(IReadOnlyList<DesiredRule> rules, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return ChangeRulesAsync(new XRulesChangeBody(rules, null), dryRun, cancellationToken);
    }

    /// <summary>Deletes rules by id; with <paramref name="dryRun"/> X only validates the request.</summary>
    public Task<XRulesUpdateResult> DeleteRulesAsync(IReadOnlyList<string> ruleIds, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        return ChangeRulesAsync(new XRulesChangeBody(null, new XRulesDeleteIds(ruleIds)), dryRun, cancellationToken);
    }

    private async Task<XRulesUpdateResult> ChangeRulesAsync(XRulesChangeBody body, bool dryRun, CancellationToken cancellationToken)
    {
        if (body.Add is { Count: 0 } || body.Delete?.Ids.Count == 0)
        {
            return new XRulesUpdateResult([], XRulesSummary.Empty, [], dryRun);
        }

        var url = dryRun ? $"{RulesPath}?dry_run=true" : RulesPath;
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(body, options: s_writeOptions),
        };
        var response = await SendJsonAsync<XRulesResponse>(request, cancellationToken);
        var errors = response.Errors?.Select(e => new XRuleError(e.Value, e.Id, e.Title, e.Detail, e.Type)).ToList() ?? [];
        return new XRulesUpdateResult(response.Data ?? [], response.Meta?.Summary ?? XRulesSummary.Empty, errors, dryRun);
    }
}
