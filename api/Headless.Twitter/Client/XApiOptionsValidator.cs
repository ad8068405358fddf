using Microsoft.Extensions.Options;

namespace Headless.Twitter.Client;

/// <summary>Rejects settings that would make the client misbehave silently (wrong host, zero timeouts, no room for rules).</summary>
public sealed class XApiOptionsValidator : IValidateOptions<XApiOptions>
{
    public ValidateOptionsResult Validate(string? name, XApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"X:BaseUrl must be an absolute http(s) URL, got '{options.BaseUrl}'.");
        }

        if (options.StreamStallTimeout <= TimeSpan.Zero)
        {
            failures.Add("X:StreamStallTimeout must be positive.");
        }

        if (options.MaxRulesCount < 1)
        {
            failures.Add("X:MaxRulesCount must be at least 1.");
        }

        if (options.MaxRuleLength < 1)
        {
            failures.Add("X:MaxRuleLength must be at least 1.");
        }

        if (options.StreamBufferCapacity < 1)
        {
            failures.Add("X:StreamBufferCapacity must be at least 1.");
        }

        if (options.BackfillMaxPages < 0)
        {
            failures.Add("X:BackfillMaxPages cannot be negative.");
        }

        if (options.BearerToken is { } token && token.Any(char.IsControl))
        {
            failures.Add("X:BearerToken contains control characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
