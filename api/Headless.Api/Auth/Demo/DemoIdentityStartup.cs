using Microsoft.Extensions.Options;

namespace Headless.Api.Auth.Demo;

/// <summary>
/// Seeds the demo identities at start-up when <c>Auth:Demo:Enabled</c> is true. Registered after
/// the database initializer, so the schema and the demo NGOs exist by then; start-up validation
/// refuses the setting outside Development and Testing.
/// </summary>
internal sealed class DemoIdentityStartup(DemoIdentitySeeder seeder, IOptions<AuthOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Demo.Enabled)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
