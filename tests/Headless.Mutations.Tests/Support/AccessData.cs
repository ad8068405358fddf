using Headless.Api.Tests.Infrastructure;
using Headless.Data.Identity;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.Support;

/// <summary>A user with a membership, and the viewer that user's requests run as.</summary>
public sealed record TestMember(HeadlessUser User, Membership Membership, Viewer Viewer);

/// <summary>Creates users and memberships for a test, with unique e-mails.</summary>
public static class AccessData
{
    public static Viewer PlatformAdmin { get; } = new(Guid.NewGuid(), null, new Dictionary<Guid, MemberRole>(), true);

    public static string UniqueEmail(string name = "user") => $"{TestData.Unique(name + "-")}@example.org";

    public static async Task<HeadlessUser> UserAsync(this AccessHost host, string? email = null, string displayName = "Camille Martin")
    {
        ArgumentNullException.ThrowIfNull(host);
        email ??= UniqueEmail();
        var user = new HeadlessUser { Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), DisplayName = displayName };
        await host.Data.AddAsync(user);
        return user;
    }

    public static async Task<TestMember> MemberAsync(this AccessHost host, Ngo ngo, MemberRole role, string displayName = "Camille Martin")
    {
        ArgumentNullException.ThrowIfNull(ngo);
        var user = await host.UserAsync(displayName: displayName);
        var membership = Membership.Create(ngo.Id, user.Id, role, host.Data.Now);
        await host.Data.AddAsync(membership);
        return new TestMember(user, membership, ViewerOf(user.Id, (ngo.Id, role)));
    }

    public static Viewer ViewerOf(Guid userId, params (Guid NgoId, MemberRole Role)[] roles) =>
        new(userId, null, roles.ToDictionary(r => r.NgoId, r => r.Role), false);
}
