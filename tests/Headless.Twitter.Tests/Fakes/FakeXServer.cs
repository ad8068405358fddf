using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>
/// A minimal X API v2 on loopback Kestrel, shared by the tests of one class; each test calls
/// <see cref="NewApi"/> to get fresh state, so tests do not see each other's data.
/// </summary>
public sealed class FakeXServer : IAsyncLifetime
{
    public const string BearerToken = "test-token";

    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private FakeXApi _api = new();

    public Uri BaseUrl { get; private set; } = null!;

    public FakeXApi Api => Volatile.Read(ref _api);

    public FakeXApi NewApi()
    {
        var api = new FakeXApi();
        Volatile.Write(ref _api, api);
        return api;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.Use(RecordAndAuthorizeAsync);
        _app.MapGet("/2/tweets/search/stream", ctx => FakeStreamEndpoint.HandleAsync(ctx, Api, _stopping.Token));
        _app.MapGet("/2/tweets/search/stream/rules", ctx => FakeRulesEndpoint.ListAsync(ctx, Api));
        _app.MapPost("/2/tweets/search/stream/rules", ctx => FakeRulesEndpoint.ChangeAsync(ctx, Api));
        _app.MapGet("/2/tweets/search/recent", ctx => FakeSearchEndpoint.HandleAsync(ctx, Api));
        _app.MapGet("/2/users/by", ctx => FakeUsersEndpoint.HandleAsync(ctx, Api));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task RecordAndAuthorizeAsync(HttpContext context, RequestDelegate next)
    {
        var api = Api;
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        api.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", query, body));

        if (context.Request.Headers.Authorization.ToString() != $"Bearer {BearerToken}")
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { title = "Unauthorized", detail = "Unauthorized", type = "about:blank" });
            return;
        }

        if (context.Request.Path != "/2/tweets/search/stream" && TryTakeRestFailure(api))
        {
            context.Response.StatusCode = api.RestFailureStatus;
            await context.Response.WriteAsJsonAsync(new { title = "Scripted failure", detail = "Try later", type = "about:blank" });
            return;
        }

        await next(context);
    }

    private static bool TryTakeRestFailure(FakeXApi api)
    {
        lock (api.Sync)
        {
            if (api.RestFailuresToServe == 0)
            {
                return false;
            }

            api.RestFailuresToServe--;
            return true;
        }
    }
}
