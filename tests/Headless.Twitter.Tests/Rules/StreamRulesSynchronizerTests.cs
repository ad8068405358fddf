using Headless.Twitter.Rules;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Rules;

public sealed class StreamRulesSynchronizerTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private const string RulesPath = "/2/tweets/search/stream/rules";
    private readonly FakeXApi _api = server.NewApi();

    private static Dictionary<string, string?> Limits(int count, int length) => new()
    {
        ["X:MaxRulesCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X:MaxRuleLength"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Only_changed_and_obsolete_rules_are_deleted_and_only_missing_ones_added()
    {
        var unchanged = _api.AddRule("#Water", "campaign:water");
        var changed = _api.AddRule("#Sahel", "campaign:school");
        var obsolete = _api.AddRule("#Old", "campaign:old");
        var retagged = _api.AddRule("#Kits", "campaign:kits");
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<StreamRulesSynchronizer>().SyncAsync(
            [
                new DesiredRule("#Water", "campaign:water"),
                new DesiredRule("#Sahel OR #Niger", "campaign:school"),
                new DesiredRule("#Kits", "campaign:kits-2025"),
                new DesiredRule("#New", "campaign:new"),
            ],
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([unchanged], result.Kept);
        Assert.Equal([changed, obsolete, retagged], result.Deleted);
        Assert.Equal(["#Sahel OR #Niger", "#Kits", "#New"], result.Added.Select(r => r.Value));
        Assert.Contains(unchanged, _api.Rules);
        Assert.Equal(
            new[] { "#Water", "#Sahel OR #Niger", "#Kits", "#New" }.Order(StringComparer.Ordinal),
            _api.Rules.Select(r => r.Value).Order(StringComparer.Ordinal));
        var posts = _api.RequestsTo(RulesPath, "POST");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.False(p.Query.ContainsKey("dry_run")));
    }

    [Fact]
    public async Task Rules_already_as_desired_cause_no_change_request()
    {
        _api.AddRule("#Water", "campaign:water");
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<StreamRulesSynchronizer>().SyncAsync([new DesiredRule("#Water", "campaign:water")], CancellationToken.None);

        Assert.Single(result.Kept);
        Assert.Empty(result.Added);
        Assert.Empty(result.Deleted);
        Assert.Empty(_api.RequestsTo(RulesPath, "POST"));
    }

    [Fact]
    public async Task A_dry_run_sends_the_same_changes_marked_dry_run_and_changes_nothing()
    {
        var before = new[] { _api.AddRule("#Water", "campaign:water"), _api.AddRule("#Old", "campaign:old") };
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<StreamRulesSynchronizer>().SyncAsync(
            [new DesiredRule("#Water", "campaign:water"), new DesiredRule("#New", "campaign:new")],
            dryRun: true,
            CancellationToken.None);

        Assert.True(result.DryRun);
        Assert.Equal("#Old", Assert.Single(result.Deleted).Value);
        Assert.Equal("#New", Assert.Single(result.Added).Value);
        Assert.Equal(before, _api.Rules);
        var posts = _api.RequestsTo(RulesPath, "POST");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("true", p.Query["dry_run"]));
    }

    [Fact]
    public async Task A_full_rule_set_makes_room_by_deleting_before_adding()
    {
        _api.RuleCap = 2;
        _api.AddRule("#Water", "campaign:water");
        _api.AddRule("#Old", "campaign:old");
        using var services = TestServices.Create(server.BaseUrl, Limits(2, 512));

        var result = await services.Get<StreamRulesSynchronizer>().SyncAsync(
            [new DesiredRule("#Water", "campaign:water"), new DesiredRule("#New", "campaign:new")],
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["#Water", "#New"], _api.Rules.Select(r => r.Value));
        var posts = _api.RequestsTo(RulesPath, "POST");
        Assert.Contains("delete", posts[0].Body, StringComparison.Ordinal);
        Assert.Contains("add", posts[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_room_to_spare_new_rules_are_added_before_old_ones_go()
    {
        _api.AddRule("#Old", "campaign:old");
        using var services = TestServices.Create(server.BaseUrl);

        await services.Get<StreamRulesSynchronizer>().SyncAsync([new DesiredRule("#New", "campaign:new")], CancellationToken.None);

        var posts = _api.RequestsTo(RulesPath, "POST");
        Assert.Contains("add", posts[0].Body, StringComparison.Ordinal);
        Assert.Contains("delete", posts[1].Body, StringComparison.Ordinal);
        Assert.Equal(["#New"], _api.Rules.Select(r => r.Value));
    }

    [Fact]
    public async Task More_rules_than_the_tier_allows_are_refused_before_calling_X()
    {
        using var services = TestServices.Create(server.BaseUrl, Limits(2, 512));
        var desired = Enumerable.Range(1, 3).Select(i => new DesiredRule($"#C{i}", $"c{i}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => services.Get<StreamRulesSynchronizer>().SyncAsync(desired, CancellationToken.None));

        Assert.Contains("allows 2", error.Message, StringComparison.Ordinal);
        Assert.Empty(_api.RequestsTo(RulesPath, "POST"));
    }

    [Fact]
    public async Task A_rule_longer_than_the_tier_allows_is_refused_before_calling_X()
    {
        using var services = TestServices.Create(server.BaseUrl, Limits(10, 16));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            services.Get<StreamRulesSynchronizer>().SyncAsync([new DesiredRule("#ThisHashtagIsFarTooLong", "long")], CancellationToken.None));

        Assert.Empty(_api.RequestsTo(RulesPath, "POST"));
    }

    [Fact]
    public async Task The_same_value_under_two_tags_is_refused_because_X_allows_a_value_once()
    {
        using var services = TestServices.Create(server.BaseUrl);

        await Assert.ThrowsAsync<ArgumentException>(() => services.Get<StreamRulesSynchronizer>().SyncAsync(
            [new DesiredRule("#Same", "a"), new DesiredRule("#Same", "b")],
            CancellationToken.None));

        Assert.Empty(_api.RequestsTo(RulesPath, "POST"));
    }
}
