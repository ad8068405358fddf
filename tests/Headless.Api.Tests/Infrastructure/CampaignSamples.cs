using Headless.Domain.Campaigns;
using Headless.Domain.Common;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Campaign details for tests that care about one or two of them (times, title, hashtags).</summary>
public static class CampaignSamples
{
    public static CampaignDetails Details(
        DateTime startsAt,
        DateTime endsAt,
        string? title = null,
        string? summary = null,
        IReadOnlyList<string>? hashtags = null,
        decimal goal = 1000m) =>
        new(
            TestData.Unique("c-"),
            title ?? $"Campaign {Guid.NewGuid():N}"[..20],
            summary,
            null,
            CampaignGoal.ForAmount(new Money(goal, "EUR")),
            startsAt,
            endsAt,
            hashtags ?? [TestData.Unique("tag")]);
}
