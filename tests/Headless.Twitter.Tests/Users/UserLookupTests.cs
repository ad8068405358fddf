using Headless.Twitter.Client;
using Headless.Twitter.Payloads;
using Headless.Twitter.Tests.Fakes;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Users;

public sealed class UserLookupTests(FakeXServer server) : IClassFixture<FakeXServer>
{
    private readonly FakeXApi _api = server.NewApi();

    [Fact]
    public async Task Usernames_are_looked_up_in_batches_of_one_hundred()
    {
        var users = Enumerable.Range(1, 250).Select(i => new XUser($"{i}", $"Office {i}", $"office_{i}")).ToList();
        _api.Users.AddRange(users);
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().GetUsersByUsernamesAsync(users.Select(u => u.Username), CancellationToken.None);

        Assert.Equal(users, result.Users);
        Assert.Empty(result.NotFound);
        var batches = _api.RequestsTo("/2/users/by").Select(r => r.Query["usernames"].Split(',').Length);
        Assert.Equal([100, 100, 50], batches);
    }

    [Fact]
    public async Task Unknown_usernames_are_reported_and_duplicates_or_at_signs_ignored()
    {
        _api.Users.Add(TestTweets.Author);
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().GetUsersByUsernamesAsync(
            ["@field_office", "FIELD_OFFICE", "nobody_here", " "],
            CancellationToken.None);

        Assert.Equal([TestTweets.Author], result.Users);
        Assert.Equal(["nobody_here"], result.NotFound);
        Assert.Equal("field_office,nobody_here", Assert.Single(_api.RequestsTo("/2/users/by")).Query["usernames"]);
    }

    [Fact]
    public async Task No_usernames_make_no_request()
    {
        using var services = TestServices.Create(server.BaseUrl);

        var result = await services.Get<XApiClient>().GetUsersByUsernamesAsync([], CancellationToken.None);

        Assert.Empty(result.Users);
        Assert.Empty(_api.Requests);
    }
}
