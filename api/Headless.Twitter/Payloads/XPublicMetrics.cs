namespace Headless.Twitter.Payloads;

public sealed record XPublicMetrics(int RetweetCount, int ReplyCount, int LikeCount, int QuoteCount, long ImpressionCount);
