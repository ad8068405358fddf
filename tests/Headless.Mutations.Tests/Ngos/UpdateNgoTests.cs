using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Ngos;

public sealed class UpdateNgoTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_changes_the_details_but_not_the_slug()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await host.DataAsync(admin.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(GlobalId.Encode("Ngo", ngo.Id)));

        var result = data.Succeeded("updateNgo", "ngo");
        Assert.Equal(("Renamed NGO", ngo.Slug), (result.Text("name"), result.Text("slug")));
        await using var db = host.Db();
        var stored = await db.Ngos.SingleAsync(n => n.Id == ngo.Id);
        Assert.Equal(("Renamed NGO", "SN", "XOF"), (stored.Name, stored.Country, stored.DefaultCurrency));
        await AuditAssert.WrittenAsync(host, "updateNgo", "Ngo", ngo.Id, ngo.Id, admin.User.Id);
    }

    [Fact]
    public async Task Editors_outsiders_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        foreach (var viewer in new[] { editor.Viewer, otherAdmin.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(GlobalId.Encode("Ngo", ngo.Id))));

            data.Failed("updateNgo", "ngo", "FORBIDDEN");
        }

        await using var db = host.Db();
        Assert.Equal(ngo.Name, (await db.Ngos.SingleAsync(n => n.Id == ngo.Id)).Name);
    }

    [Fact]
    public async Task An_invalid_website_names_its_field_and_leaves_the_NGO_as_it_was()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(GlobalId.Encode("Ngo", ngo.Id), website: "ftp://files")));

        data.Failed("updateNgo", "ngo", "INVALID_URL", "input.website");
        await using var db = host.Db();
        Assert.Equal(ngo.Name, (await db.Ngos.SingleAsync(n => n.Id == ngo.Id)).Name);
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_NGOs_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var garbage = await host.DataAsync(admin.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput("garbage"));
        var wrongType = await host.DataAsync(admin.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(GlobalId.Encode("Campaign", ngo.Id)));
        var unknown = await host.DataAsync(admin.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(GlobalId.Encode("Ngo", Guid.NewGuid())));

        garbage.Failed("updateNgo", "ngo", "INVALID_ID", "input.ngoId");
        wrongType.Failed("updateNgo", "ngo", "INVALID_ID", "input.ngoId");
        unknown.Failed("updateNgo", "ngo", "NOT_FOUND");
    }
}
