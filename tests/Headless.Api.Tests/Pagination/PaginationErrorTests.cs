using System.Buffers.Text;
using System.Text;
using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Pagination;

/// <summary>Paging arguments a client got wrong are refused with INVALID_PAGINATION, never an internal error.</summary>
public sealed class PaginationErrorTests
{
    [Theory]
    [InlineData(101, null)]
    [InlineData(null, 101)]
    [InlineData(-1, null)]
    [InlineData(5, 5)]
    public async Task A_page_size_past_the_cap_or_contradictory_sizes_are_refused(int? first, int? last)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 1);

        var result = await api.CreateClient().PostAsync(PagedCampaigns.Query, new { ngo = ngo.Slug, first, last });

        Assert.Equal(["INVALID_PAGINATION"], GraphQLErrors.Of(result).Codes());
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("bm90IGEgY3Vyc29y")]
    [InlineData("cursor:-1")]
    [InlineData("cursor:007")]
    public async Task A_malformed_cursor_is_refused_with_a_pagination_error(string raw)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await PagedCampaigns.CreateAsync(api.Data, 3);
        var cursor = raw.StartsWith("cursor:", StringComparison.Ordinal) ? Base64Url.EncodeToString(Encoding.ASCII.GetBytes(raw)) : raw;
        var client = api.CreateClient();

        var after = await client.PostAsync(PagedCampaigns.Query, new { ngo = ngo.Slug, first = 2, after = cursor });
        var before = await client.PostAsync(PagedCampaigns.Query, new { ngo = ngo.Slug, last = 2, before = cursor });

        Assert.Equal(["INVALID_PAGINATION"], GraphQLErrors.Of(after).Codes());
        Assert.Equal(["INVALID_PAGINATION"], GraphQLErrors.Of(before).Codes());
    }
}
