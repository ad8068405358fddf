using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Headless.Twitter.Tests.Fakes;

/// <summary>Plays one scripted connection of the filtered stream, with X's CRLF-terminated lines.</summary>
internal static class FakeStreamEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeXApi api, CancellationToken serverStopping)
    {
        var steps = api.TakeStreamScript();
        if (steps is [{ Kind: StreamStepKind.Status } refusal, ..])
        {
            await RefuseAsync(context, refusal);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.StartAsync(context.RequestAborted);
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        try
        {
            foreach (var step in steps)
            {
                if (!await PlayAsync(context, step, lifetime.Token))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away: nothing left to send.
        }
    }

    /// <summary>False when the connection is over.</summary>
    private static async Task<bool> PlayAsync(HttpContext context, StreamStep step, CancellationToken cancellationToken)
    {
        switch (step.Kind)
        {
            case StreamStepKind.Line:
                await WriteAsync(context, step.Text + "\r\n", cancellationToken);
                return true;
            case StreamStepKind.KeepAlive:
                await WriteAsync(context, "\r\n", cancellationToken);
                return true;
            case StreamStepKind.DropMidLine:
                await WriteAsync(context, step.Text![..(step.Text!.Length / 2)], cancellationToken);
                context.Abort();
                return false;
            case StreamStepKind.WaitFor:
                await step.Gate!.WaitAsync(cancellationToken);
                return true;
            case StreamStepKind.Stall:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return false;
            default:
                return false;
        }
    }

    private static async Task WriteAsync(HttpContext context, string text, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task RefuseAsync(HttpContext context, StreamStep refusal)
    {
        context.Response.StatusCode = refusal.StatusCode;
        if (refusal.RateLimitReset is { } reset)
        {
            context.Response.Headers["x-rate-limit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(new { title = "Refused", detail = $"Scripted {refusal.StatusCode}", type = "about:blank" });
    }
}
