using System.Net;
using Headless.Auth.Tests.Support;
using Headless.Domain.Members;

namespace Headless.Auth.Tests.Server;

public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task A_partner_token_names_the_client_its_role_in_its_ngo_and_the_api_audience()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Admin);

        var tokens = await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("Bearer", tokens.Body["token_type"]!.GetValue<string>());
        Assert.Equal(900, tokens.Body["expires_in"]!.GetValue<int>());
        var payload = Jwt.Payload(tokens.AccessToken);
        Assert.Equal(partner.Client.ClientId, payload["sub"]!.GetValue<string>());
        Assert.Equal(partner.Client.ClientId, payload["client_id"]!.GetValue<string>());
        Assert.Equal([$"{ngo.Id:N}:ADMIN"], Jwt.Values(payload, "hlx_ngo_role"));
        Assert.Equal(["headless-api"], Jwt.Values(payload, "aud"));
        Assert.Equal("api", payload["scope"]!.GetValue<string>());
        Assert.Null(payload["hlx_platform_admin"]);
        Assert.Equal(900, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_partner_acts_in_its_own_ngo_and_is_forbidden_in_another()
    {
        await using var api = AuthApi.Start();
        var own = await api.Data.NgoAsync();
        var other = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(own.Id, MemberRole.Editor);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;
        var client = api.WithToken(token);

        var inOwn = await Campaigns.CreateAsync(client, own.Id);
        var inOther = await Campaigns.CreateAsync(client, other.Id);

        Assert.Equal(HttpStatusCode.OK, inOwn.Status);
        Assert.Empty(inOwn.ErrorCodes);
        Assert.NotNull(inOwn.CampaignId);
        Assert.Equal(["FORBIDDEN"], inOther.ErrorCodes);
        Assert.Null(inOther.CampaignId);
    }

    [Fact]
    public async Task A_viewer_client_is_forbidden_to_create_campaigns_even_in_its_own_ngo()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Viewer);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;

        var outcome = await Campaigns.CreateAsync(api.WithToken(token), ngo.Id);

        Assert.Equal(["FORBIDDEN"], outcome.ErrorCodes);
    }

    [Fact]
    public async Task A_wrong_secret_gets_invalid_client()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);

        var tokens = await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, tokens.Status);
        Assert.Equal("invalid_client", tokens.Error);
        Assert.Null(tokens.Body["access_token"]);
    }

    [Fact]
    public async Task A_revoked_client_can_neither_get_new_tokens_nor_use_its_old_ones()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var partner = await api.ConfidentialClientAsync(ngo.Id);
        var token = (await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!)).AccessToken;
        Assert.Empty((await Campaigns.CreateAsync(api.WithToken(token), ngo.Id)).ErrorCodes);

        await api.RevokeClientAsync(partner.Client.Id);

        var withOldToken = await Campaigns.CreateAsync(api.WithToken(token), ngo.Id);
        var newTokens = await api.ClientCredentialsAsync(partner.Client.ClientId, partner.ClientSecret!);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.Status);
        Assert.Equal("invalid_client", newTokens.Error);
    }
}
