using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Server;

public sealed class RefreshTokenTests
{
    [Fact]
    public async Task Each_refresh_token_works_once_and_is_replaced_by_a_new_one()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Editor));
        var first = (await api.SignInAsync(frontEnd.Client.ClientId, user)).RefreshToken;

        var second = await api.RefreshAsync(frontEnd.Client.ClientId, first);
        var third = await api.RefreshAsync(frontEnd.Client.ClientId, second.RefreshToken);
        var replayed = await api.RefreshAsync(frontEnd.Client.ClientId, first);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotEqual(first, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.Status);
        Assert.Equal("invalid_grant", replayed.Error);
    }

    [Fact]
    public async Task Replaying_a_used_refresh_token_revokes_the_tokens_issued_after_it()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Editor));
        var first = (await api.SignInAsync(frontEnd.Client.ClientId, user)).RefreshToken;
        var second = await api.RefreshAsync(frontEnd.Client.ClientId, first);

        var replayed = await api.RefreshAsync(frontEnd.Client.ClientId, first);
        var successor = await api.RefreshAsync(frontEnd.Client.ClientId, second.RefreshToken);
        var withAccessToken = await Campaigns.CreateAsync(api.WithToken(second.AccessToken), ngo.Id);

        Assert.Equal("invalid_grant", replayed.Error);
        Assert.Equal("invalid_grant", successor.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, withAccessToken.Status);
    }

    [Fact]
    public async Task A_refreshed_access_token_reflects_the_memberships_of_that_moment()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var joined = await api.Data.NgoAsync();
        var frontEnd = await api.PublicClientAsync(ngo.Id);
        var user = await api.UserAsync((ngo.Id, MemberRole.Viewer));
        var signIn = await api.SignInAsync(frontEnd.Client.ClientId, user);
        await api.AddMembershipsAsync(user, (joined.Id, MemberRole.Admin));

        var refreshed = await api.RefreshAsync(frontEnd.Client.ClientId, signIn.RefreshToken);

        Assert.Equal([$"{ngo.Id:N}:VIEWER"], Jwt.Values(Jwt.Payload(signIn.AccessToken), "hlx_ngo_role"));
        Assert.Equal(
            new[] { $"{ngo.Id:N}:VIEWER", $"{joined.Id:N}:ADMIN" }.Order(),
            Jwt.Values(Jwt.Payload(refreshed.AccessToken), "hlx_ngo_role").Order());
    }
}
