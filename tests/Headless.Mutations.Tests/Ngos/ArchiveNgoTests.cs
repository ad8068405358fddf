using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Ngos;

public sealed class ArchiveNgoTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string NgosNamed = "query($search: String!) { ngos(filter: { search: $search }) { totalCount } }";

    [Fact]
    public async Task An_owner_archives_the_NGO_which_leaves_the_NGO_list()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        var listedBefore = await host.DataAsync(Viewer.Anonymous, NgosNamed, new { search = ngo.Slug });

        var data = await host.DataAsync(owner.Viewer, NgoMutationDocuments.Archive, new { input = new { ngoId = GlobalId.Encode("Ngo", ngo.Id) } });

        data.Succeeded("archiveNgo", "ngo");
        Assert.Equal(1, listedBefore["ngos"]!["totalCount"]!.GetValue<int>());
        var listedAfter = await host.DataAsync(Viewer.Anonymous, NgosNamed, new { search = ngo.Slug });
        Assert.Equal(0, listedAfter["ngos"]!["totalCount"]!.GetValue<int>());
        await using var db = host.Db();
        Assert.Equal(host.Data.Now, (await db.Ngos.SingleAsync(n => n.Id == ngo.Id)).ArchivedAt);
        await AuditAssert.WrittenAsync(host, "archiveNgo", "Ngo", ngo.Id, ngo.Id, owner.User.Id);
    }

    [Fact]
    public async Task Admins_and_anonymous_callers_cannot_archive()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        foreach (var viewer in new[] { admin.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer, NgoMutationDocuments.Archive, new { input = new { ngoId = GlobalId.Encode("Ngo", ngo.Id) } }));

            data.Failed("archiveNgo", "ngo", "FORBIDDEN");
        }

        await using var db = host.Db();
        Assert.Null((await db.Ngos.SingleAsync(n => n.Id == ngo.Id)).ArchivedAt);
    }

    [Fact]
    public async Task An_archived_NGO_can_no_longer_change()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        var ngoId = GlobalId.Encode("Ngo", ngo.Id);
        await host.DataAsync(owner.Viewer, NgoMutationDocuments.Archive, new { input = new { ngoId } });

        var update = await Unchanged.AfterAsync(host, () => host.DataAsync(owner.Viewer, NgoMutationDocuments.Update, NgoMutationDocuments.UpdateInput(ngoId)));
        var again = await Unchanged.AfterAsync(host, () => host.DataAsync(owner.Viewer, NgoMutationDocuments.Archive, new { input = new { ngoId } }));

        update.Failed("updateNgo", "ngo", "NGO_ARCHIVED");
        again.Failed("archiveNgo", "ngo", "NGO_ARCHIVED");
    }
}
