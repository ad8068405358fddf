using Headless.Api.Ingestion;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Ingestion;

public sealed class ActiveStreamRulesTests
{
    [Fact]
    public async Task Rules_cover_the_hashtags_of_live_and_scheduled_campaigns_and_open_sessions_and_the_accounts_tagged_by_id()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, AccountRole.Hub);
        var regional = await api.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        var live = await api.Data.CampaignAsync(ngo, hashtag: "LiveTag");
        var scheduled = await api.Data.CampaignAsync(ngo, startDaysAgo: -3, endDaysAhead: 10, hashtag: "SoonTag");
        await api.Data.CampaignAsync(ngo, startDaysAgo: 30, endDaysAhead: -2, hashtag: "EndedTag");
        await api.Data.CampaignAsync(ngo, published: false, hashtag: "DraftTag");
        var session = await api.Data.SessionAsync(ngo, [regional]);

        var rules = await api.Services.GetRequiredService<ActiveStreamRules>().ComputeAsync(512, CancellationToken.None);

        var byTag = rules.ToDictionary(r => r.Tag!, r => r.Value);
        Assert.Equal("#LiveTag", byTag[$"campaign:{live.Id:N}#1"]);
        Assert.Equal("#SoonTag", byTag[$"campaign:{scheduled.Id:N}#1"]);
        Assert.Equal($"#{session.Hashtags[0].Text}", byTag[$"session:{session.Id:N}#1"]);
        Assert.Contains($"from:{hub.Handle}", byTag[$"ngo:{ngo.Id:N}#1"], StringComparison.Ordinal);
        Assert.Contains($"from:{regional.Handle}", byTag[$"ngo:{ngo.Id:N}#1"], StringComparison.Ordinal);
        Assert.DoesNotContain(rules, r => r.Value.Contains("EndedTag", StringComparison.Ordinal) || r.Value.Contains("DraftTag", StringComparison.Ordinal));
        Assert.All(rules, r => Assert.True(r.Value.Length <= 512));
    }
}
