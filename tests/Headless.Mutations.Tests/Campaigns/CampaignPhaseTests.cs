using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Campaigns.PhaseDocuments;

namespace Headless.Mutations.Tests.Campaigns;

// The test campaigns run from 2026-05-27T12:00Z to 2026-06-11T12:00Z.
public sealed class CampaignPhaseTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_adds_a_phase_that_is_stored_audited_and_reaches_its_campaign()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);

        var phase = (await host.DataAsync(editor, Add, AddInput(tenant.CampaignId, Phase("Last 48 hours", "2026-06-09T12:00:00Z", "2026-06-11T12:00:00Z", "48 hours left!"))))
            .Succeeded("addCampaignPhase", "phase");

        Assert.Equal("Last 48 hours", phase.Text("name"));
        Assert.Equal(tenant.CampaignId, phase["campaign"].Text("id"));
        Assert.Equal(1, phase["campaign"]!["phases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(tenant.Campaign.Version + 1, phase["campaign"]!["version"]!.GetValue<int>());
        var phaseId = GlobalId.DecodeFor("CampaignPhase", phase.Text("id"))!.Value;
        await using var db = host.Db();
        Assert.Equal("48 hours left!", (await db.CampaignPhases.SingleAsync(p => p.Id == phaseId)).RelaunchMessage);
        await AuditAssert.WrittenAsync(host, "addCampaignPhase", "CampaignPhase", phaseId, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task An_overlapping_phase_is_refused_on_its_start()
    {
        var tenant = await Tenant.CreateAsync(host);
        var editor = tenant.As(MemberRole.Editor);
        (await host.DataAsync(editor, Add, AddInput(tenant.CampaignId, Phase("Launch", "2026-05-28T00:00:00Z", "2026-06-01T00:00:00Z")))).Succeeded("addCampaignPhase", "phase");

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            editor, Add, AddInput(tenant.CampaignId, Phase("Relaunch", "2026-05-31T00:00:00Z", "2026-06-03T00:00:00Z"))));

        data.Failed("addCampaignPhase", "phase", "OVERLAP", "input.phase.startsAt");
    }

    [Theory]
    [InlineData("2026-05-20T00:00:00Z", "2026-05-30T00:00:00Z", "OUTSIDE_CAMPAIGN", "input.phase.startsAt")]
    [InlineData("2026-06-10T00:00:00Z", "2026-06-20T00:00:00Z", "OUTSIDE_CAMPAIGN", "input.phase.endsAt")]
    [InlineData("2026-06-05T00:00:00Z", "2026-06-04T00:00:00Z", "INVALID_WINDOW", "input.phase.endsAt")]
    public async Task A_phase_must_lie_inside_the_campaign_and_end_after_it_starts(string startsAt, string endsAt, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Add, AddInput(tenant.CampaignId, Phase("Out of bounds", startsAt, endsAt))));

        data.Failed("addCampaignPhase", "phase", code, field);
    }

    [Fact]
    public async Task Updating_a_phase_changes_it_and_may_not_make_it_overlap_another()
    {
        var tenant = await Tenant.CreateAsync(host, phases: 2);
        var editor = tenant.As(MemberRole.Editor);
        var (first, second) = (tenant.Campaign.Phases[0], tenant.Campaign.Phases[1]);

        var updated = (await host.DataAsync(editor, Update, UpdateInput(first.Id, Phase("Kick-off", "2026-05-28T00:00:00Z", "2026-06-02T00:00:00Z"))))
            .Succeeded("updateCampaignPhase", "phase");
        var overlapping = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            editor, Update, UpdateInput(second.Id, Phase("Finale", "2026-06-01T00:00:00Z", "2026-06-11T00:00:00Z"))));

        Assert.Equal(("Kick-off", "2026-06-02T00:00:00Z"), (updated.Text("name"), updated.Text("endsAt")));
        overlapping.Failed("updateCampaignPhase", "phase", "OVERLAP", "input.phase.startsAt");
        await AuditAssert.WrittenAsync(host, "updateCampaignPhase", "CampaignPhase", first.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task Removing_a_phase_deletes_it_and_returns_the_campaign()
    {
        var tenant = await Tenant.CreateAsync(host, phases: 2);
        var editor = tenant.As(MemberRole.Editor);
        var phaseId = tenant.Campaign.Phases[0].Id;

        var campaign = (await host.DataAsync(editor, Remove, RemoveInput(phaseId))).Succeeded("removeCampaignPhase", "campaign");

        Assert.Equal(1, campaign["phases"]!["totalCount"]!.GetValue<int>());
        await using var db = host.Db();
        Assert.False(await db.CampaignPhases.AnyAsync(p => p.Id == phaseId));
        await AuditAssert.WrittenAsync(host, "removeCampaignPhase", "CampaignPhase", phaseId, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task A_stale_campaign_version_refuses_a_phase_change()
    {
        var tenant = await Tenant.CreateAsync(host, phases: 1);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), Update, UpdateInput(
            tenant.Campaign.Phases[0].Id, Phase("Late edit", "2026-05-28T00:00:00Z", "2026-05-29T00:00:00Z"), expectedVersion: tenant.Campaign.Version - 1)));

        data.Failed("updateCampaignPhase", "phase", "VERSION_CONFLICT");
    }

    [Fact]
    public async Task Unknown_phases_and_phases_of_another_NGOs_draft_are_not_found()
    {
        var draft = await Tenant.CreateAsync(host, published: false, phases: 1);
        var other = await Tenant.CreateAsync(host);
        var editor = other.As(MemberRole.Editor);

        var unknown = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(editor, Remove, RemoveInput(Guid.NewGuid())));
        var foreign = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(editor, Remove, RemoveInput(draft.Campaign.Phases[0].Id)));

        unknown.Failed("removeCampaignPhase", "campaign", "NOT_FOUND");
        foreign.Failed("removeCampaignPhase", "campaign", "NOT_FOUND");
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_may_not_change_phases(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host, phases: 1);
        var viewer = role is { } r ? tenant.As(r) : Viewer.Anonymous;

        var added = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            viewer, Add, AddInput(tenant.CampaignId, Phase("Sneaky", "2026-06-10T00:00:00Z", "2026-06-11T00:00:00Z"))));
        var removed = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, Remove, RemoveInput(tenant.Campaign.Phases[0].Id)));

        added.Failed("addCampaignPhase", "phase", "FORBIDDEN");
        removed.Failed("removeCampaignPhase", "campaign", "FORBIDDEN");
    }
}
