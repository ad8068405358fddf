using System.Globalization;
using System.Text.Json;
using Headless.Twitter.Payloads;
using Headless.Twitter.Rules;
using Microsoft.AspNetCore.Http;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>Rules as X keeps them: unique values, a rule cap, per-rule errors on 200, and dry runs that change nothing.</summary>
internal static class FakeRulesEndpoint
{
    public const string InvalidMarker = "INVALID(";

    public static Task ListAsync(HttpContext context, FakeXApi api)
    {
        var offset = int.Parse(context.Request.Query["pagination_token"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);
        List<XStreamRule> page;
        bool more;
        lock (api.Sync)
        {
            page = api.Rules.Skip(offset).Take(api.RulesPageSize).ToList();
            more = offset + page.Count < api.Rules.Count;
        }

        var nextToken = more ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        object body = page.Count == 0
            ? new { Meta = new { Sent = "2025-01-01T00:00:00.000Z", ResultCount = 0 } }
            : new { Data = page, Meta = new { Sent = "2025-01-01T00:00:00.000Z", ResultCount = page.Count, NextToken = nextToken } };
        return context.Response.WriteAsJsonAsync(body, XJson.Options);
    }

    public static async Task ChangeAsync(HttpContext context, FakeXApi api)
    {
        var dryRun = context.Request.Query["dry_run"] == "true";
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        object response;
        lock (api.Sync)
        {
            response = body.RootElement.TryGetProperty("add", out var add)
                ? Add(api, add, dryRun)
                : Delete(api, body.RootElement.GetProperty("delete").GetProperty("ids"), dryRun);
        }

        await context.Response.WriteAsJsonAsync(response, XJson.Options);
    }

    private static object Add(FakeXApi api, JsonElement add, bool dryRun)
    {
        var created = new List<XStreamRule>();
        var errors = new List<object>();
        foreach (var item in add.EnumerateArray())
        {
            var value = item.GetProperty("value").GetString()!;
            var tag = item.TryGetProperty("tag", out var t) ? t.GetString() : null;
            var duplicate = api.Rules.Concat(created).FirstOrDefault(r => r.Value == value);
            if (duplicate is not null)
            {
                errors.Add(new { Value = value, Id = duplicate.Id, Title = "DuplicateRule", Type = "https://api.twitter.com/2/problems/duplicate-rules" });
            }
            else if (value.Contains(InvalidMarker, StringComparison.Ordinal))
            {
                errors.Add(new { Value = value, Title = "UnprocessableEntity", Detail = "Invalid rule", Type = "https://api.twitter.com/2/problems/invalid-rules" });
            }
            else if (api.Rules.Count + created.Count >= api.RuleCap)
            {
                errors.Add(new { Value = value, Title = "RuleCapExceeded", Type = "https://api.twitter.com/2/problems/rule-cap" });
            }
            else
            {
                created.Add(new XStreamRule(api.NewRuleId(), value, tag));
            }
        }

        if (!dryRun)
        {
            api.Rules.AddRange(created);
        }

        var summary = new { Created = created.Count, NotCreated = errors.Count, Valid = created.Count, Invalid = errors.Count };
        return new { Data = created, Meta = new { Sent = "2025-01-01T00:00:00.000Z", Summary = summary }, Errors = errors };
    }

    private static object Delete(FakeXApi api, JsonElement ids, bool dryRun)
    {
        var deleted = 0;
        var errors = new List<object>();
        foreach (var id in ids.EnumerateArray().Select(i => i.GetString()!))
        {
            var rule = api.Rules.FirstOrDefault(r => r.Id == id);
            if (rule is null)
            {
                errors.Add(new { Id = id, Title = "Not Found", Detail = "Rule does not exist", Type = "https://api.twitter.com/2/problems/resource-not-found" });
                continue;
            }

            deleted++;
            if (!dryRun)
            {
                api.Rules.Remove(rule);
            }
        }

        var summary = new { Deleted = deleted, NotDeleted = errors.Count };
        return new { Meta = new { Sent = "2025-01-01T00:00:00.000Z", Summary = summary }, Errors = errors };
    }
}
