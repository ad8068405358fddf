using System.Collections.Concurrent;
using Headless.Twitter.Payloads;
using Headless.Twitter.Rules;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>The state and behaviour of the fake X API for one test: scripted stream connections, rules, search and users.</summary>
public sealed class FakeXApi
{
    private readonly ConcurrentQueue<IReadOnlyList<StreamStep>> _connections = new();
    private int _streamConnections;
    private long _nextRuleId = 1_800_000_000_000_000_000;

    public Lock Sync { get; } = new();

    public List<XStreamRule> Rules { get; } = [];

    /// <summary>X refuses additions beyond this many rules.</summary>
    public int RuleCap { get; set; } = 1000;

    public int RulesPageSize { get; set; } = 1000;

    public List<XTweet> SearchableTweets { get; } = [];

    public List<XUser> Users { get; } = [];

    /// <summary>Answers this many of the next non-stream requests with <see cref="RestFailureStatus"/>.</summary>
    public int RestFailuresToServe { get; set; }

    public int RestFailureStatus { get; set; } = 503;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int StreamConnections => Volatile.Read(ref _streamConnections);

    /// <summary>Scripts the next stream connection; once scripts run out, connections stall.</summary>
    public FakeXApi OnNextStreamConnection(params StreamStep[] steps)
    {
        _connections.Enqueue(steps);
        return this;
    }

    public IReadOnlyList<StreamStep> TakeStreamScript()
    {
        Interlocked.Increment(ref _streamConnections);
        return _connections.TryDequeue(out var steps) ? steps : [StreamStep.Stall()];
    }

    public XStreamRule AddRule(string value, string? tag)
    {
        lock (Sync)
        {
            var rule = new XStreamRule(NewRuleId(), value, tag);
            Rules.Add(rule);
            return rule;
        }
    }

    public string NewRuleId() => Interlocked.Increment(ref _nextRuleId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<RecordedRequest> RequestsTo(string path, string method = "GET") =>
        Requests.Where(r => r.Path == path && r.Method == method).ToList();
}
