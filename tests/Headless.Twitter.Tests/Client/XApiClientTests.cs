using System.Net;
using Headless.Twitter.Client;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Headless.Twitter.Tests.Client;

public sealed class XApiClientTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task A_server_error_on_a_short_call_is_retried_after_a_back_off()
    {
        _api.Users.Add(TestTweets.Author);
        _api.RestFailuresToServe = 1;
        using var services = TestServices.Create(server.BaseUrl);

        var lookup = services.Get<XApiClient>().GetUsersByUsernamesAsync(["field_office"], CancellationToken.None);
        await Eventually.TrueAsync(() => _api.Requests.Count == 1, "the first attempt is answered");
        Assert.False(lookup.IsCompleted);
        for (var step = 0; step < 10 && _api.Requests.Count < 2; step++)
        {
            services.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        var result = await Eventually.ResultAsync(lookup, "the retried lookup");

        Assert.Equal([TestTweets.Author], result.Users);
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_surfaces_with_X_s_explanation()
    {
        _api.RestFailureStatus = 403;
        _api.RestFailuresToServe = 1;
        using var services = TestServices.Create(server.BaseUrl);

        var error = await Assert.ThrowsAsync<XApiException>(() => services.Get<XApiClient>().ListRulesAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("Try later", Assert.Single(error.Errors).Detail);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task Calls_carry_the_configured_bearer_token()
    {
        using var services = TestServices.Create(server.BaseUrl, new Dictionary<string, string?> { ["X:BearerToken"] = "someone-else" });

        var error = await Assert.ThrowsAsync<XApiException>(() => services.Get<XApiClient>().ListRulesAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public void Options_default_to_X_s_public_endpoint_and_documented_limits()
    {
        var options = new XApiOptions();

        Assert.Equal("https://api.x.com", options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(20), options.StreamStallTimeout);
        Assert.Equal((1000, 1024, 1000), (options.MaxRulesCount, options.MaxRuleLength, options.StreamBufferCapacity));
        Assert.False(options.HasBearerToken);
    }

    [Theory]
    [InlineData("X:BaseUrl", "not a url")]
    [InlineData("X:BaseUrl", "ftp://api.x.com")]
    [InlineData("X:StreamStallTimeout", "00:00:00")]
    [InlineData("X:MaxRulesCount", "0")]
    [InlineData("X:MaxRuleLength", "0")]
    [InlineData("X:StreamBufferCapacity", "0")]
    [InlineData("X:ReplayTweetsPerMinute", "0")]
    public void Invalid_settings_are_rejected(string key, string value)
    {
        using var services = TestServices.Create(server.BaseUrl, new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.Get<IOptions<XApiOptions>>().Value;
            _ = services.Get<IOptions<Headless.Twitter.Replay.ReplayOptions>>().Value;
        });

        Assert.Contains(key, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_settings_fail_the_host_at_start()
    {
        using var services = TestServices.Create(server.BaseUrl, new Dictionary<string, string?> { ["X:MaxRulesCount"] = "-1" });

        var validator = services.Provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(validator.Validate);
    }
}
