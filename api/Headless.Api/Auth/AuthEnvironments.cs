using Microsoft.Extensions.Hosting;

namespace Headless.Api.Auth;

/// <summary>Where throw-away keys and demo identities are acceptable.</summary>
internal static class AuthEnvironments
{
    public const string Testing = "Testing";

    public static bool AllowsEphemeralKeys(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
