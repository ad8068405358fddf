namespace Headless.Api.RateLimiting;

/// <summary>The <c>RateLimiting</c> section. Defaults are generous; the token endpoint is stricter (password-guessing of client secrets).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Per client, user, or (anonymous) IP address on /graphql.</summary>
    public RateLimitRule GraphQL { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Per IP address on /connect/token.</summary>
    public RateLimitRule Token { get; set; } = new() { PermitLimit = 30 };
}
