namespace Headless.Schema.Accounts;

/// <summary>How much of an account's own output its hub amplified by retweeting it.</summary>
public sealed record AccountAmplification(int TweetCount, int OriginalCount, int AmplifiedByHubCount, int RetweetsOfOthersCount)
{
    public static AccountAmplification None { get; } = new(0, 0, 0, 0);

    public decimal AmplificationRate => OriginalCount == 0 ? 0m : Math.Round(AmplifiedByHubCount * 100m / OriginalCount, 2, MidpointRounding.ToZero);
}
