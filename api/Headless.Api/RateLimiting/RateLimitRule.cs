namespace Headless.Api.RateLimiting;

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid => PermitLimit > 0 && Window > TimeSpan.Zero && Window <= TimeSpan.FromDays(1);
}
