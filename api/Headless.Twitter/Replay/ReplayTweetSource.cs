using System.Runtime.CompilerServices;
using Headless.Twitter.Payloads;
using Headless.Twitter.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Twitter.Replay;

/// <summary>
/// Plays recorded filtered-stream lines in order at a steady rate, forever, each pass with fresh ids
/// and the current time, so a demo without X credentials still looks live.
/// </summary>
public sealed class ReplayTweetSource(
    TimeProvider time,
    IOptions<ReplayOptions> options,
    ILogger<ReplayTweetSource> logger) : ITweetSource
{
    // Shared by every reader of this source so ids stay unique across concurrent and successive reads.
    private readonly SnowflakeIdGenerator _ids = new(time);

    public async IAsyncEnumerable<XStreamMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = ReplayFileLocator.Locate(settings.ReplayFile, [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);
        var interval = TimeSpan.FromMinutes(1) / settings.ReplayTweetsPerMinute;
        logger.LogInformation("Replaying tweets from {Path} at {Rate} per minute", path, settings.ReplayTweetsPerMinute);

        // Loaded once: a recording is small, and pacing then never waits on the disk.
        var recorded = await LoadAsync(path, cancellationToken);
        if (recorded.Count == 0)
        {
            logger.LogWarning("Replay file {Path} holds no tweets; nothing to replay", path);
            yield break;
        }

        for (var pass = 1; ; pass++)
        {
            var rewriter = new ReplayIdRewriter(_ids);
            for (var i = 0; i < recorded.Count; i++)
            {
                if (pass > 1 || i > 0)
                {
                    await Task.Delay(interval, time, cancellationToken);
                }

                yield return rewriter.Rewrite(recorded[i], time.GetUtcNow().UtcDateTime);
            }

            logger.LogDebug("Replay pass {Pass} done ({Count} tweets); starting over", pass, recorded.Count);
        }
    }

    private async Task<List<XStreamMessage>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var messages = new List<XStreamMessage>();
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            if (XJson.TryParseStreamLine(line, out var message))
            {
                messages.Add(message!);
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                logger.LogWarning("Skipped a replay line that is not a tweet message");
            }
        }

        return messages;
    }
}
