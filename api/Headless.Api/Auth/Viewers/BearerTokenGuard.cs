using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;

namespace Headless.Api.Auth.Viewers;

/// <summary>
/// Authenticates /graphql requests by bearer token only. A request without a token goes on as
/// anonymous; one with an invalid, expired or revoked token is refused with 401 rather than served
/// as anonymous, so a client notices it must refresh. A valid token becomes <see cref="HttpContext.User"/>,
/// which the rate limiter partitions on.
/// </summary>
internal sealed class BearerTokenGuard(RequestDelegate next)
{
    public const string GraphQLPath = "/graphql";

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Path.StartsWithSegments(GraphQLPath))
        {
            await next(http);
            return;
        }

        var result = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }
        else if (result.Failure is not null)
        {
            await RejectAsync(http);
            return;
        }

        await next(http);
    }

    private static async Task RejectAsync(HttpContext http)
    {
        const string description = "The access token is invalid, expired or revoked.";
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{description}\"";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/json";
        var body = new { errors = new[] { new { message = description, extensions = new { code = "UNAUTHENTICATED" } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
