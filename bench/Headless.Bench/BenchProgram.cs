using Headless.Bench.Hosting;
using Headless.Bench.Options;
using Headless.Bench.Reporting;
using Headless.Bench.Scenarios;

namespace Headless.Bench;

/// <summary>The entry point (not a top-level <c>Program</c>: that name is the API host's, which the benchmark starts).</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchArguments.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            await Console.Error.WriteLineAsync(BenchArguments.Usage);
            return 2;
        }

        // A hard ceiling on the whole run, so a stuck configuration can never keep the process alive.
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await using var host = new BenchHost(options.BatchWindow);
        var address = host.Start();
        var runner = new ScenarioRunner(host, address, options.DrainTimeout);
        Console.WriteLine($"Host listening on {address}");
        Console.WriteLine(MachineInfo.Describe());

        if (options.WarmUp)
        {
            // Enough calls for the JIT to promote the hot paths, so the first measured run is not penalised.
            await runner.RunAsync(new Scenario(SharingMode.Shared, 10, 300, 200), budget.Token);
            await runner.RunAsync(new Scenario(SharingMode.Distinct, 10, 100, 100), budget.Token);
            Console.WriteLine("Warm-up done.");
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in Scenarios(options))
        {
            var result = await runner.RunAsync(scenario, budget.Token);
            results.Add(result);
            Console.WriteLine($"{scenario.Label}: {result.Delivered}/{scenario.ExpectedDeliveries} delivered, p50 {result.Latency.P50:0.0} ms, p99 {result.Latency.P99:0.0} ms");
        }

        Console.WriteLine();
        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine();
        Console.WriteLine(ResultTable.Latency(results));
        Console.WriteLine(ResultTable.FanOutAndMemory(results));

        // Non-zero when anything was lost, duplicated or unexpected, so a script can tell.
        return results.TrueForAll(r => r.Lost == 0 && r.Duplicates == 0 && r.Unexpected == 0) ? 0 : 1;
    }

    private static IEnumerable<Scenario> Scenarios(BenchOptions options) =>
        options.SharedSubscribers.Select(n => new Scenario(SharingMode.Shared, n, options.Tweets, options.Rate))
            .Concat(options.DistinctSubscribers.Select(n => new Scenario(SharingMode.Distinct, n, options.Tweets, options.Rate)));
}
