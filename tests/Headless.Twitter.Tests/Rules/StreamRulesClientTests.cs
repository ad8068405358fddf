using Headless.Twitter.Client;
using Headless.Twitter.Rules;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Rules;

public sealed class StreamRulesClientTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task Listing_follows_pagination_until_every_rule_is_read()
    {
        _api.RulesPageSize = 2;
        var added = Enumerable.Range(1, 5).Select(i => _api.AddRule($"#Cause{i}", $"cause:{i}")).ToList();
        using var services = TestServices.Create(server.BaseUrl);

        var rules = await services.Get<XApiClient>().ListRulesAsync(CancellationToken.None);

        Assert.Equal(added, rules);
        Assert.Equal(3, _api.RequestsTo("/2/tweets/search/stream/rules").Count);
    }

    [Fact]
    public async Task Adding_rules_returns_them_with_their_ids_and_tags()
    {
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().AddRulesAsync(
            [new DesiredRule("#WaterForAll", "campaign:water"), new DesiredRule("from:field_office", null)],
            dryRun: false,
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Summary.Created);
        Assert.Equal(_api.Rules, result.Created);
        Assert.Equal(["campaign:water", null], _api.Rules.Select(r => r.Tag));
        Assert.DoesNotContain("\"tag\":null", Assert.Single(_api.RequestsTo("/2/tweets/search/stream/rules", "POST")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_validates_without_changing_the_rules()
    {
        _api.AddRule("#Existing", "existing");
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().AddRulesAsync([new DesiredRule("#New", "new")], dryRun: true, CancellationToken.None);

        Assert.True(result.DryRun);
        Assert.Equal(1, result.Summary.Created);
        Assert.Equal(["#Existing"], _api.Rules.Select(r => r.Value));
        Assert.Equal("true", Assert.Single(_api.RequestsTo("/2/tweets/search/stream/rules", "POST")).Query["dry_run"]);
    }

    [Fact]
    public async Task Refused_rules_come_back_as_typed_per_rule_errors()
    {
        var existing = _api.AddRule("#Duplicate", "first");
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().AddRulesAsync(
            [new DesiredRule("#Duplicate", "second"), new DesiredRule("INVALID(rule", "bad"), new DesiredRule("#Fine", "fine")],
            dryRun: false,
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("#Fine", Assert.Single(result.Created).Value);
        Assert.Equal(new XRulesSummary(1, 2, 1, 2, 0, 0), result.Summary);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("#Duplicate", existing.Id, "DuplicateRule"), (e.Value, e.Id, e.Title)),
            e => Assert.Equal(("INVALID(rule", "UnprocessableEntity"), (e.Value, e.Title)));
    }

    [Fact]
    public async Task Deleting_by_id_removes_those_rules_and_reports_unknown_ids()
    {
        var keep = _api.AddRule("#Keep", "keep");
        var drop = _api.AddRule("#Drop", "drop");
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().DeleteRulesAsync([drop.Id, "42"], dryRun: false, CancellationToken.None);

        Assert.Equal([keep], _api.Rules);
        Assert.Equal(1, result.Summary.Deleted);
        Assert.Equal(1, result.Summary.NotDeleted);
        Assert.Equal("42", Assert.Single(result.Errors).Id);
    }
}
