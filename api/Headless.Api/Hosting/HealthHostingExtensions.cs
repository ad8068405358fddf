using Headless.Data;

namespace Headless.Api.Hosting;

public static class HealthHostingExtensions
{
    /// <summary><c>/health</c>: 200 when the database answers, 503 otherwise, for load balancers.</summary>
    public static WebApplication MapHeadlessHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/health", async (HeadlessDbContextFactory contexts, CancellationToken cancellationToken) =>
        {
            await using var db = contexts.CreateDbContext();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Ok(new { status = "healthy" })
                : Results.Json(new { status = "unhealthy" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
