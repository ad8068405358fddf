using Headless.Twitter.Payloads;
using Microsoft.AspNetCore.Http;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>Users by username, refusing more than 100 at once as X does.</summary>
internal static class FakeUsersEndpoint
{
    public static Task HandleAsync(HttpContext context, FakeXApi api)
    {
        var usernames = context.Request.Query["usernames"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (usernames.Length > 100)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Response.WriteAsJsonAsync(new { Errors = new[] { new { Title = "Invalid Request", Detail = "Too many usernames" } } }, XJson.Options);
        }

        List<XUser> found;
        lock (api.Sync)
        {
            found = usernames
                .Select(name => api.Users.FirstOrDefault(u => string.Equals(u.Username, name, StringComparison.OrdinalIgnoreCase)))
                .OfType<XUser>()
                .ToList();
        }

        var missing = usernames.Where(name => found.All(u => !string.Equals(u.Username, name, StringComparison.OrdinalIgnoreCase)));
        var errors = missing.Select(name => new
        {
            Value = name,
            Detail = $"Could not find user with usernames: [{name}].",
            Title = "Not Found Error",
            ResourceType = "user",
            Parameter = "usernames",
            ResourceId = name,
            Type = "https://api.twitter.com/2/problems/resource-not-found",
        }).ToList();
        return context.Response.WriteAsJsonAsync(new { Data = found, Errors = errors }, XJson.Options);
    }
}
