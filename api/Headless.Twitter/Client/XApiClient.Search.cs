using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Headless.Twitter.Payloads;
using Headless.Twitter.Search;

namespace Headless.Twitter.Client;

public sealed partial class XApiClient
{
    internal const string RecentSearchPath = "2/tweets/search/recent";

    /// <summary>One page of recent search; pass the previous page's <c>NextToken</c> to continue.</summary>
    public async Task<XRecentSearchPage> SearchRecentPageAsync(
        XRecentSearchRequest request,
        string? nextToken,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = BuildRecentSearchUrl(request, nextToken);
        var response = await GetJsonAsync<XSearchResponse>(url, cancellationToken);
        var messages = (response.Data ?? []).Select(t => XIncludesSlicer.ToMessage(t, response.Includes)).ToList();
        return new XRecentSearchPage(messages, response.Meta?.NextToken, response.Meta?.NewestId);
    }

    /// <summary>Every matching tweet across pages (up to <see cref="XRecentSearchRequest.MaxPages"/>), newest first.</summary>
    public async IAsyncEnumerable<XStreamMessage> SearchRecentAsync(
        XRecentSearchRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? nextToken = null;
        for (var page = 0; page < request.MaxPages; page++)
        {
            var result = await SearchRecentPageAsync(request, nextToken, cancellationToken);
            foreach (var message in result.Messages)
            {
                yield return message;
            }

            nextToken = result.NextToken;
            if (nextToken is null)
            {
                yield break;
            }
        }
    }

    private static string BuildRecentSearchUrl(XRecentSearchRequest request, string? nextToken)
    {
        var maxResults = Math.Clamp(request.MaxResults, 10, 100);
        var url = new StringBuilder(RecentSearchPath)
            .Append("?query=").Append(Uri.EscapeDataString(request.Query))
            .Append(CultureInfo.InvariantCulture, $"&max_results={maxResults}&")
            .Append(XQueryFields.TweetQuery);
        if (request.SinceId is not null)
        {
            url.Append("&since_id=").Append(Uri.EscapeDataString(request.SinceId));
        }

        if (request.StartTime is { } startTime)
        {
            var text = startTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            url.Append("&start_time=").Append(Uri.EscapeDataString(text));
        }

        if (nextToken is not null)
        {
            url.Append("&next_token=").Append(Uri.EscapeDataString(nextToken));
        }

        return url.ToString();
    }
}
