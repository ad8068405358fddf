using Headless.Twitter.Payloads;
using Headless.Twitter.Users;

namespace Headless.Twitter.Client;

public sealed partial class XApiClient
{
    internal const string UsersByPath = "2/users/by";

    /// <summary>X accepts at most this many usernames per lookup request.</summary>
    public const int MaxUsernamesPerRequest = 100;

    /// <summary>Looks users up by username (without '@'), in batches of 100, ignoring duplicates and case.</summary>
    public async Task<XUserLookupResult> GetUsersByUsernamesAsync(IEnumerable<string> usernames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usernames);
        var distinct = usernames
            .Select(u => u.Trim().TrimStart('@'))
            .Where(u => u.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var users = new List<XUser>();
        var notFound = new List<string>();
        foreach (var batch in distinct.Chunk(MaxUsernamesPerRequest))
        {
            var url = $"{UsersByPath}?usernames={JoinEscaped(batch)}&user.fields={XQueryFields.UserFields}";
            var response = await GetJsonAsync<XUsersResponse>(url, cancellationToken);
            users.AddRange(response.Data ?? []);
            notFound.AddRange(response.Errors?.Select(e => e.Value ?? e.ResourceId).OfType<string>() ?? []);
        }

        return new XUserLookupResult(users, notFound);
    }
}
