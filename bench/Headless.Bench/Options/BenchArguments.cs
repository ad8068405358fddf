using System.Globalization;

namespace Headless.Bench.Options;

/// <summary>
/// Reads <c>--subscribers 1,100,500 --distinct 100,500 --tweets 200 --rate 50 --batch-window-ms 200
/// --drain-timeout-s 60 --no-warm-up</c>. Limits keep a run bounded on a small machine.
/// </summary>
public static class BenchArguments
{
    public const string Usage =
        "Usage: Headless.Bench [--subscribers N[,N...]] [--distinct N[,N...]|none] [--tweets M] [--rate R]\n" +
        "                      [--batch-window-ms MS] [--drain-timeout-s S] [--no-warm-up]";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-warm-up")
            {
                options = options with { WarmUp = false };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--subscribers" => options with { SharedSubscribers = Counts(name, value) },
                "--distinct" => options with { DistinctSubscribers = value == "none" ? [] : Counts(name, value) },
                "--tweets" => options with { Tweets = Bounded(name, Integer(name, value), 1, 100_000) },
                "--rate" => options with { Rate = Bounded(name, Number(name, value), 0.1, 10_000) },
                "--batch-window-ms" => options with { BatchWindow = TimeSpan.FromMilliseconds(Bounded(name, Integer(name, value), 1, 60_000)) },
                "--drain-timeout-s" => options with { DrainTimeout = TimeSpan.FromSeconds(Bounded(name, Integer(name, value), 1, 600)) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.SharedSubscribers.Count + options.DistinctSubscribers.Count == 0)
        {
            throw new ArgumentException("Nothing to measure: give --subscribers or --distinct.");
        }

        return options;
    }

    private static int[] Counts(string name, string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Bounded(name, Integer(name, v), 1, 5_000))];

    private static int Integer(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name} expects a whole number, got '{value}'.");

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name} expects a number, got '{value}'.");

    private static T Bounded<T>(string name, T value, T min, T max)
        where T : IComparable<T> =>
        value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0
            ? value
            : throw new ArgumentException($"{name} must be between {min} and {max}, got {value}.");
}
