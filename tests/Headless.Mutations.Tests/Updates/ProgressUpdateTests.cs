using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Updates;

public sealed class ProgressUpdateTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string UpdateFields = "update { id title body tweetUrl publishedAt campaign { id } }";

    private const string Post = "mutation($input: PostUpdateInput!) { postUpdate(input: $input) { " + UpdateFields + " " + Documents.Errors + " } }";

    private const string Edit = "mutation($input: EditUpdateInput!) { editUpdate(input: $input) { " + UpdateFields + " " + Documents.Errors + " } }";

    private const string Publish = "mutation($input: PublishUpdateInput!) { publishUpdate(input: $input) { " + UpdateFields + " " + Documents.Errors + " } }";

    private const string Delete = "mutation($input: DeleteUpdateInput!) { deleteUpdate(input: $input) { campaign { id updates { totalCount } } " + Documents.Errors + " } }";

    private const string PublicUpdates = "query($id: ID!) { node(id: $id) { ... on Campaign { updates { nodes { title } } } } }";

    [Fact]
    public async Task A_posted_update_is_a_draft_only_the_NGO_sees_until_published()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var draft = (await host.DataAsync(editor, Post, PostInput(tenant.CampaignId))).Succeeded("postUpdate", "update");
        var hidden = await PublicTitlesAsync(tenant);
        var published = (await host.DataAsync(editor, Publish, Target(draft.Text("id")))).Succeeded("publishUpdate", "update");

        Assert.Null(draft["publishedAt"]);
        Assert.Equal(tenant.CampaignId, draft["campaign"].Text("id"));
        Assert.Empty(hidden);
        Assert.Equal("2026-06-01T12:00:00Z", published.Text("publishedAt"));
        Assert.Equal(["Wells dug in Kaffrine"], await PublicTitlesAsync(tenant));
        var updateId = IdOf(draft);
        await AuditAssert.WrittenAsync(host, "postUpdate", "ProgressUpdate", updateId, tenant.Ngo.Id, editor.UserId);
        await AuditAssert.WrittenAsync(host, "publishUpdate", "ProgressUpdate", updateId, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task Editing_changes_the_text_and_is_audited()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        var posted = (await host.DataAsync(editor, Post, PostInput(tenant.CampaignId))).Succeeded("postUpdate", "update");

        var edited = (await host.DataAsync(editor, Edit, new { input = new { updateId = posted.Text("id"), title = "Twelve wells dug", body = "Updated.", tweetUrl = "https://x.com/plan/status/1" } }))
            .Succeeded("editUpdate", "update");

        Assert.Equal(("Twelve wells dug", "Updated.", "https://x.com/plan/status/1"), (edited.Text("title"), edited.Text("body"), edited.Text("tweetUrl")));
        await using var db = host.Db();
        Assert.Equal("Twelve wells dug", (await db.ProgressUpdates.SingleAsync(u => u.Id == IdOf(posted))).Title);
        await AuditAssert.WrittenAsync(host, "editUpdate", "ProgressUpdate", IdOf(posted), tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task Deleting_removes_the_update_and_returns_its_campaign()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        var posted = (await host.DataAsync(editor, Post, PostInput(tenant.CampaignId))).Succeeded("postUpdate", "update");

        var campaign = (await host.DataAsync(editor, Delete, Target(posted.Text("id")))).Succeeded("deleteUpdate", "campaign");

        Assert.Equal(0, campaign["updates"]!["totalCount"]!.GetValue<int>());
        await using var db = host.Db();
        Assert.False(await db.ProgressUpdates.AnyAsync(u => u.Id == IdOf(posted)));
        await AuditAssert.WrittenAsync(host, "deleteUpdate", "ProgressUpdate", IdOf(posted), tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData(" ", "Body", null, "REQUIRED", "input.title")]
    [InlineData("Title", "", null, "REQUIRED", "input.body")]
    [InlineData("Title", "Body", "javascript:alert(1)", "INVALID_URL", "input.tweetUrl")]
    public async Task An_invalid_update_names_its_field(string title, string body, string? tweetUrl, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Post, new { input = new { campaignId = tenant.CampaignId, title, body, tweetUrl } }));

        data.Failed("postUpdate", "update", code, field);
    }

    [Fact]
    public async Task Another_NGOs_draft_update_is_not_found_while_its_published_one_is_forbidden()
    {
        var tenant = await Tenant.CreateAsync(host);
        var other = await Tenant.CreateAsync(host);
        var draft = await host.Data.UpdateAsync(tenant.Campaign, "Draft", "Secret plans.", host.Data.Now, publishedAt: null);
        var published = await host.Data.UpdateAsync(tenant.Campaign, "Public", "Done.", host.Data.Now, publishedAt: host.Data.Now);
        var outsider = other.As(MemberRole.Owner);

        var hidden = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(outsider, Publish, Target(GlobalId.Encode("ProgressUpdate", draft.Id))));
        var visible = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(outsider, Delete, Target(GlobalId.Encode("ProgressUpdate", published.Id))));
        var unknown = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(outsider, Delete, Target(GlobalId.Encode("ProgressUpdate", Guid.NewGuid()))));

        hidden.Failed("publishUpdate", "update", "NOT_FOUND");
        visible.Failed("deleteUpdate", "campaign", "FORBIDDEN");
        unknown.Failed("deleteUpdate", "campaign", "NOT_FOUND");
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_may_not_post_updates(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(role is { } r ? tenant.As(r) : Viewer.Anonymous, Post, PostInput(tenant.CampaignId)));

        data.Failed("postUpdate", "update", "FORBIDDEN");
    }

    private static object PostInput(string campaignId) =>
        new { input = new { campaignId, title = "Wells dug in Kaffrine", body = "Eight wells are finished.", tweetUrl = (string?)null } };

    private static object Target(string updateId) => new { input = new { updateId } };

    private static Guid IdOf(System.Text.Json.Nodes.JsonObject update) => GlobalId.DecodeFor("ProgressUpdate", update.Text("id"))!.Value;

    private async Task<List<string>> PublicTitlesAsync(Tenant tenant) =>
        [.. (await host.DataAsync(Viewer.Anonymous, PublicUpdates, new { id = tenant.CampaignId }))["node"]!["updates"]!["nodes"]!.AsArray().Select(u => u.Text("title"))];
}
