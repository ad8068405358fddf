using Headless.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Auth.Tests.Support;

/// <summary>One test's own host (temp SQLite database, fixed clock) and HTTP clients that neither follow redirects nor share cookies.</summary>
public sealed class AuthApi : IAsyncDisposable
{
    private AuthApi(HeadlessApiFactory factory)
    {
        Factory = factory;
    }

    public HeadlessApiFactory Factory { get; }

    public FakeTimeProvider Clock => Factory.Clock;

    public TestData Data => Factory.Data;

    public static AuthApi Start(Dictionary<string, string?>? settings = null)
    {
        var api = new AuthApi(HeadlessApiFactory.OnSqlite(settings));
        _ = api.Factory.Services;
        return api;
    }

    /// <summary>A client with its own cookie jar, like one browser.</summary>
    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that sends <paramref name="accessToken"/> as its bearer token.</summary>
    public HttpClient WithToken(string accessToken)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> in a service scope of its own, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
