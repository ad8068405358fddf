using Headless.Twitter.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Twitter.Tests.Support;

/// <summary>The library as a host registers it, pointed at the fake server, on a fake clock.</summary>
public sealed class TestServices : IDisposable
{
    private TestServices(ServiceProvider provider, FakeTimeProvider time, ListLoggerProvider logs)
    {
        Provider = provider;
        Time = time;
        Logs = logs;
    }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Time { get; }

    public ListLoggerProvider Logs { get; }

    public static TestServices Create(Uri baseUrl, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["X:BaseUrl"] = baseUrl.ToString(),
            ["X:BearerToken"] = FakeXServer.BearerToken,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(time);
        services.AddTweetSource(configuration);
        return new TestServices(services.BuildServiceProvider(), time, logs);
    }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public void Dispose() => Provider.Dispose();
}
