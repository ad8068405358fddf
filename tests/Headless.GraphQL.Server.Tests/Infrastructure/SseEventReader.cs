using System.Text;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>Reads a <c>text/event-stream</c> body event by event, with a hang guard.</summary>
public sealed class SseEventReader(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>
    /// The next event, or <see langword="null"/> at the end of the stream. Comment lines are
    /// skipped, unless <paramref name="includeComments"/> returns them as events named <c>:</c>.
    /// </summary>
    public async Task<(string Event, string Data)?> ReadEventAsync(bool includeComments = false)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name ?? "message", data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                if (includeComments)
                {
                    return (":", line[1..]);
                }
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
