using System.Globalization;
using Headless.Twitter.Payloads;
using Headless.Twitter.Sources;
using Microsoft.AspNetCore.Http;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>Recent search over the fake's tweets: a tweet matches when its text contains the query; newest first, paged.</summary>
internal static class FakeSearchEndpoint
{
    public static Task HandleAsync(HttpContext context, FakeXApi api)
    {
        var query = context.Request.Query["query"].ToString();
        var sinceId = context.Request.Query["since_id"].FirstOrDefault();
        var startTime = context.Request.Query["start_time"].FirstOrDefault();
        var pageSize = int.Parse(context.Request.Query["max_results"].FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
        var offset = int.Parse(context.Request.Query["next_token"].FirstOrDefault() ?? "0", CultureInfo.InvariantCulture);

        List<XTweet> matches;
        List<XUser> users;
        lock (api.Sync)
        {
            matches = api.SearchableTweets
                .Where(t => t.Text.Contains(query, StringComparison.OrdinalIgnoreCase))
                .Where(t => sinceId is null || TweetIdComparer.Instance.Compare(t.Id, sinceId) > 0)
                .Where(t => startTime is null || t.CreatedAt >= DateTime.Parse(startTime, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal))
                .OrderByDescending(t => t.Id, TweetIdComparer.Instance)
                .ToList();
            users = api.Users.ToList();
        }

        var page = matches.Skip(offset).Take(pageSize).ToList();
        if (page.Count == 0)
        {
            return context.Response.WriteAsJsonAsync(new { Meta = new { ResultCount = 0 } }, XJson.Options);
        }

        var authors = page.Select(t => t.AuthorId).ToHashSet();
        var more = offset + page.Count < matches.Count;
        var meta = new
        {
            NewestId = page[0].Id,
            OldestId = page[^1].Id,
            ResultCount = page.Count,
            NextToken = more ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null,
        };
        var includes = new { Users = users.Where(u => authors.Contains(u.Id)).ToList() };
        return context.Response.WriteAsJsonAsync(new { Data = page, Includes = includes, Meta = meta }, XJson.Options);
    }
}
