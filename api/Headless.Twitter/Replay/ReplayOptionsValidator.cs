using Microsoft.Extensions.Options;

namespace Headless.Twitter.Replay;

public sealed class ReplayOptionsValidator : IValidateOptions<ReplayOptions>
{
    /// <summary>One tweet a millisecond is already far beyond anything a demo needs.</summary>
    public const double MaxTweetsPerMinute = 60_000;

    public ValidateOptionsResult Validate(string? name, ReplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return double.IsFinite(options.ReplayTweetsPerMinute)
               && options.ReplayTweetsPerMinute > 0
               && options.ReplayTweetsPerMinute <= MaxTweetsPerMinute
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"X:ReplayTweetsPerMinute must be above 0 and at most {MaxTweetsPerMinute}.");
    }
}
