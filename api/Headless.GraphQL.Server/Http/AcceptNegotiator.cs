using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Headless.GraphQL.Server.Http;

/// <summary>Picks the response media type from the Accept header, per GraphQL over HTTP.</summary>
internal static class AcceptNegotiator
{
    /// <summary>
    /// Returns the chosen media type, or <see langword="null"/> when the client accepts none we can
    /// write (the caller answers 406).
    /// </summary>
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accepted = ParseByPreference(request);
        if (accepted.Count == 0)
        {
            // Clients predating the spec send no Accept header and expect plain JSON.
            return ResponseMediaType.Json;
        }

        foreach (var mediaType in accepted)
        {
            if (mediaType.Quality is 0)
            {
                continue;
            }

            if (mediaType.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseMediaType.GraphQLResponseJson;
            }

            // A wildcard also means "a client that does not know the new media type": keep it on JSON.
            if (mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.MediaType.Equals("application/*", StringComparison.Ordinal)
                || mediaType.MediaType.Equals("*/*", StringComparison.Ordinal))
            {
                return ResponseMediaType.Json;
            }
        }

        return null;
    }

    /// <summary>Whether the client's most preferred media type is HTML, i.e. a browser navigating.</summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var accepted = ParseByPreference(request);
        return accepted.Count > 0
            && accepted[0].MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the client wants an event stream: <c>text/event-stream</c> comes before any JSON type
    /// it accepts. A wildcard keeps it on plain JSON, as an ordinary client sending <c>*/*</c> expects.
    /// </summary>
    public static bool PrefersEventStream(HttpRequest request)
    {
        foreach (var mediaType in ParseByPreference(request))
        {
            if (mediaType.Quality is 0)
            {
                continue;
            }

            if (mediaType.MediaType.Equals(GraphQLMediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (mediaType.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
                || mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.MediaType.Equals("application/*", StringComparison.Ordinal)
                || mediaType.MediaType.Equals("*/*", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static List<MediaTypeHeaderValue> ParseByPreference(HttpRequest request)
    {
        var values = request.Headers.Accept;
        if (values.Count == 0 || !MediaTypeHeaderValue.TryParseList(values, out var parsed))
        {
            return [];
        }

        // OrderByDescending is stable, so equal qualities keep the client's order.
        return [.. parsed.OrderByDescending(m => m.Quality ?? 1d)];
    }
}
