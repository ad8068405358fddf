using System.Security.Claims;
using Headless.Api.Auth;
using Headless.Api.Auth.Viewers;
using Headless.Domain.Members;
using Headless.Schema.Common;

namespace Headless.Auth.Tests.Viewers;

public sealed class ViewerFactoryTests
{
    private static readonly Guid NgoA = Guid.NewGuid();
    private static readonly Guid NgoB = Guid.NewGuid();

    [Fact]
    public void A_users_token_gives_their_id_client_roles_and_administration()
    {
        var userId = Guid.NewGuid();

        var viewer = ViewerFactory.FromPrincipal(Principal(
            ("sub", userId.ToString()), ("client_id", "front"), (HeadlessClaims.NgoRole, $"{NgoA:N}:OWNER"),
            (HeadlessClaims.NgoRole, $"{NgoB:N}:VIEWER"), (HeadlessClaims.PlatformAdmin, "true")));

        Assert.Equal(userId, viewer.UserId);
        Assert.Equal("front", viewer.ClientId);
        Assert.Equal(MemberRole.Owner, viewer.RoleIn(NgoA));
        Assert.Equal(MemberRole.Viewer, viewer.RoleIn(NgoB));
        Assert.True(viewer.IsPlatformAdmin);
    }

    [Fact]
    public void A_partner_token_gives_the_client_and_no_user()
    {
        var viewer = ViewerFactory.FromPrincipal(Principal(("sub", "hlx_abc"), ("client_id", "hlx_abc"), (HeadlessClaims.NgoRole, $"{NgoA:N}:EDITOR")));

        Assert.Null(viewer.UserId);
        Assert.Equal("hlx_abc", viewer.ClientId);
        Assert.True(viewer.Has(NgoA, MemberRole.Editor));
        Assert.False(viewer.IsPlatformAdmin);
    }

    [Fact]
    public void A_partner_cannot_claim_platform_administration()
    {
        var viewer = ViewerFactory.FromPrincipal(Principal(("sub", "hlx_abc"), ("client_id", "hlx_abc"), (HeadlessClaims.PlatformAdmin, "true")));

        Assert.False(viewer.IsPlatformAdmin);
    }

    [Fact]
    public void Malformed_role_claims_are_ignored()
    {
        var viewer = ViewerFactory.FromPrincipal(Principal(
            ("sub", Guid.NewGuid().ToString()), (HeadlessClaims.NgoRole, "not-a-role"), (HeadlessClaims.NgoRole, $"{NgoA:N}:KING"),
            (HeadlessClaims.NgoRole, $"{NgoA:N}:3"), (HeadlessClaims.NgoRole, $"{NgoB:N}:admin")));

        Assert.Equal([NgoB], viewer.Roles.Keys);
        Assert.Equal(MemberRole.Admin, viewer.RoleIn(NgoB));
    }

    [Fact]
    public void An_unauthenticated_principal_is_anonymous()
    {
        var viewer = ViewerFactory.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString())])));

        Assert.Same(Viewer.Anonymous, viewer);
        Assert.Same(Viewer.Anonymous, ViewerFactory.FromPrincipal(null));
    }

    [Fact]
    public void Role_claims_round_trip_through_their_format()
    {
        var value = NgoRoleClaim.Format(NgoA, MemberRole.Editor);

        Assert.Equal($"{NgoA:N}:EDITOR", value);
        Assert.True(NgoRoleClaim.TryParse(value, out var ngoId, out var role));
        Assert.Equal((NgoA, MemberRole.Editor), (ngoId, role));
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));
}
