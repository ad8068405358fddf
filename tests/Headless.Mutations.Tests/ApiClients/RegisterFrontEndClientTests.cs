using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.ApiClients;

public sealed class RegisterFrontEndClientTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_registers_a_front_end_with_its_redirect_uris()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Register,
            ApiClientMutationDocuments.RegisterInput(ngo.Id, "https://give.example.org/callback", "http://localhost:5173/callback"));

        var client = data.Succeeded("registerFrontEndClient", "apiClient");
        Assert.Equal(("PUBLIC", "VIEWER"), (client.Text("kind"), client.Text("role")));
        Assert.Equal(["https://give.example.org/callback", "http://localhost:5173/callback"], client["redirectUris"]!.AsArray().Select(u => u!.GetValue<string>()));
        var clientId = GlobalId.DecodeFor("ApiClient", client.Text("id"))!.Value;
        await using var db = host.Db();
        Assert.True(await db.ApiClients.AnyAsync(a => a.Id == clientId && a.NgoId == ngo.Id));
        await AuditAssert.WrittenAsync(host, "registerFrontEndClient", "ApiClient", clientId, ngo.Id, admin.User.Id);
    }

    [Theory]
    [InlineData("http://give.example.org/callback", "INSECURE_URL")]
    [InlineData("https://give.example.org/callback#token", "INVALID_URL")]
    [InlineData("give.example.org/callback", "INVALID_URL")]
    public async Task A_bad_redirect_uri_is_refused_on_its_index(string badUri, string code)
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Register,
            ApiClientMutationDocuments.RegisterInput(ngo.Id, "https://give.example.org/callback", badUri)));

        data.Failed("registerFrontEndClient", "apiClient", code, "input.redirectUris.1");
    }

    [Fact]
    public async Task No_redirect_uri_at_all_is_refused_on_the_list()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Register, ApiClientMutationDocuments.RegisterInput(ngo.Id)));

        data.Failed("registerFrontEndClient", "apiClient", "INVALID_COUNT", "input.redirectUris");
    }

    [Fact]
    public async Task Editors_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        foreach (var caller in new[] { editor.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, ApiClientMutationDocuments.Register, ApiClientMutationDocuments.RegisterInput(ngo.Id, "https://give.example.org/cb")));

            data.Failed("registerFrontEndClient", "apiClient", "FORBIDDEN");
        }
    }
}
