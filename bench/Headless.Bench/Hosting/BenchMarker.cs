namespace Headless.Bench.Hosting;

/// <summary>What a benchmark tweet says about itself. Negative sequence numbers are readiness probes.</summary>
public readonly record struct BenchMarker(int Run, int Sequence, long EmittedAt)
{
    public bool IsProbe => Sequence < 0;
}
