using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Ngos;

public sealed class CreateNgoTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task A_platform_admin_creates_an_NGO_whose_unknown_owner_is_invited()
    {
        var slug = TestData.Unique("sahel-");
        var email = AccessData.UniqueEmail("founder");

        var data = await host.DataAsync(AccessData.PlatformAdmin, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(slug, email));

        var ngo = data.Succeeded("createNgo", "ngo");
        Assert.Equal(slug, ngo.Text("slug"));
        var ngoId = GlobalId.DecodeFor("Ngo", ngo.Text("id"))!.Value;
        await using var db = host.Db();
        var stored = await db.Ngos.SingleAsync(n => n.Id == ngoId);
        Assert.Equal("Solidarités Sahel", stored.Name);
        var owner = await db.Users.SingleAsync(u => u.Email == email);
        var membership = await db.Memberships.SingleAsync(m => m.NgoId == ngoId);
        Assert.Equal((owner.Id, MemberRole.Owner), (membership.UserId, membership.Role));
        Assert.Equal(email.Split('@')[0], owner.DisplayName);
        await AuditAssert.WrittenAsync(host, "createNgo", "Ngo", ngoId, ngoId, AccessData.PlatformAdmin.UserId);
        await AuditAssert.WrittenAsync(host, "createNgo", "Member", membership.Id, ngoId, AccessData.PlatformAdmin.UserId);
    }

    [Fact]
    public async Task An_existing_user_becomes_the_owner_without_a_new_invitation()
    {
        var user = await host.UserAsync();
        var usersBefore = (await TableCounts.ReadAsync(host)).Users;

        var data = await host.DataAsync(AccessData.PlatformAdmin, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(TestData.Unique("ngo-"), user.Email!.ToUpperInvariant()));

        var ngoId = GlobalId.DecodeFor("Ngo", data.Succeeded("createNgo", "ngo").Text("id"))!.Value;
        await using var db = host.Db();
        Assert.Equal(user.Id, (await db.Memberships.SingleAsync(m => m.NgoId == ngoId)).UserId);
        Assert.Equal(usersBefore, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Without_an_owner_email_the_NGO_starts_with_no_members()
    {
        var data = await host.DataAsync(AccessData.PlatformAdmin, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(TestData.Unique("ngo-")));

        var ngoId = GlobalId.DecodeFor("Ngo", data.Succeeded("createNgo", "ngo").Text("id"))!.Value;
        await using var db = host.Db();
        Assert.False(await db.Memberships.AnyAsync(m => m.NgoId == ngoId));
    }

    [Fact]
    public async Task Only_platform_admins_may_create_NGOs()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);

        foreach (var viewer in new[] { owner.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(TestData.Unique("ngo-"), AccessData.UniqueEmail())));

            data.Failed("createNgo", "ngo", "FORBIDDEN");
        }
    }

    [Theory]
    [InlineData("Fr4nce", null, "INVALID_COUNTRY", "input.country")]
    [InlineData("FR", "not-an-email", "INVALID_EMAIL", "input.ownerEmail")]
    public async Task An_invalid_input_names_its_field_and_invites_nobody(string country, string? ownerEmail, string code, string field)
    {
        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(
            AccessData.PlatformAdmin, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(TestData.Unique("ngo-"), ownerEmail, country)));

        data.Failed("createNgo", "ngo", code, field);
    }

    [Fact]
    public async Task A_slug_already_taken_is_refused_on_the_slug_before_anyone_is_invited()
    {
        var existing = await host.Data.NgoAsync();

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(
            AccessData.PlatformAdmin, NgoMutationDocuments.Create, NgoMutationDocuments.CreateInput(existing.Slug, AccessData.UniqueEmail())));

        data.Failed("createNgo", "ngo", "SLUG_TAKEN", "input.slug");
    }
}
