using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.GraphiQL;

/// <summary>The GraphiQL IDE page, wired to the endpoint it is served from for HTTP and WebSocket.</summary>
internal static class GraphiQLPage
{
    public static Task WriteAsync(HttpContext http, CancellationToken ct)
    {
        var endpointPath = (http.Request.PathBase + http.Request.Path).Value?.TrimEnd('/') ?? string.Empty;
        var assets = HtmlEncoder.Default.Encode(endpointPath + "/graphiql/");
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(Render(assets), ct);
    }

    // GraphiQL's bundle has no WebSocket client: graphql-ws is given to it, so subscriptions go over
    // graphql-transport-ws on the same URL instead of being posted as plain requests.
    private static string Render(string assets) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>GraphiQL</title>
          <link rel="stylesheet" href="{{assets}}graphiql.min.css" />
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading…</div>
          <script src="{{assets}}react.production.min.js"></script>
          <script src="{{assets}}react-dom.production.min.js"></script>
          <script src="{{assets}}graphiql.min.js"></script>
          <script src="{{assets}}graphql-ws.min.js"></script>
          <script>
            const url = window.location.origin + window.location.pathname;
            const subscriptionUrl = url.replace(/^http/, 'ws');
            const wsClient = graphqlWs.createClient({ url: subscriptionUrl, lazy: true, retryAttempts: 3 });
            const fetcher = GraphiQL.createFetcher({ url, subscriptionUrl, wsClient });
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
          </script>
        </body>
        </html>
        """;
}
