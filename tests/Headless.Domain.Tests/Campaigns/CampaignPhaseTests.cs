using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignPhaseTests
{
    [Fact]
    public void A_phase_inside_the_campaign_is_added()
    {
        var campaign = CampaignSamples.Draft();

        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(29), Utc.March(31), " Last 48 hours "));

        Assert.Same(phase, Assert.Single(campaign.Phases));
        Assert.Equal(campaign.Id, phase.CampaignId);
        Assert.Equal("Last 48 hours", phase.Name);
        Assert.Equal(Utc.March(29), phase.StartsAt);
        Assert.Equal("Only two days left!", phase.RelaunchMessage);
    }

    [Fact]
    public void A_phase_may_span_the_whole_campaign()
    {
        var campaign = CampaignSamples.Draft();

        campaign.AddPhase(CampaignSamples.Phase(CampaignSamples.Start, CampaignSamples.End));

        Assert.Single(campaign.Phases);
    }

    [Theory]
    [InlineData(-1, 0, "startsAt")]
    [InlineData(0, 1, "endsAt")]
    [InlineData(-1, 1, "startsAt")]
    public void A_phase_outside_the_campaign_is_rejected_at_the_bound_it_crosses(int ticksBeforeStart, int ticksAfterEnd, string field)
    {
        var campaign = CampaignSamples.Draft();
        var phase = CampaignSamples.Phase(CampaignSamples.Start.AddTicks(ticksBeforeStart), CampaignSamples.End.AddTicks(ticksAfterEnd));

        DomainAssert.Broken(() => campaign.AddPhase(phase), field, "OUTSIDE_CAMPAIGN");
        Assert.Empty(campaign.Phases);
    }

    [Theory]
    [InlineData(5, 11)]
    [InlineData(19, 25)]
    [InlineData(12, 15)]
    [InlineData(5, 25)]
    [InlineData(10, 20)]
    public void Overlapping_phases_are_rejected(int startDay, int endDay)
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        DomainAssert.Broken(() => campaign.AddPhase(CampaignSamples.Phase(Utc.March(startDay), Utc.March(endDay))), "startsAt", "OVERLAP");
        Assert.Single(campaign.Phases);
    }

    [Theory]
    [InlineData(5, 10)]
    [InlineData(20, 25)]
    public void Phases_that_only_touch_are_allowed(int startDay, int endDay)
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        campaign.AddPhase(CampaignSamples.Phase(Utc.March(startDay), Utc.March(endDay)));

        Assert.Equal(2, campaign.Phases.Count);
    }

    [Theory]
    [InlineData(0, "endsAt", "INVALID_WINDOW")]
    [InlineData(-1, "endsAt", "INVALID_WINDOW")]
    public void A_phase_must_end_after_it_starts(int endDaysAfterStart, string field, string code)
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(10).AddDays(endDaysAfterStart))), field, code);
    }

    [Fact]
    public void A_phase_needs_a_name()
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(11), " ")), "name", "REQUIRED");
    }

    [Fact]
    public void A_phase_can_be_moved_over_its_own_former_dates()
    {
        var campaign = CampaignSamples.Draft();
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        campaign.UpdatePhase(phase.Id, CampaignSamples.Phase(Utc.March(12), Utc.March(22), "Relaunch"));

        Assert.Equal(Utc.March(12), phase.StartsAt);
        Assert.Equal(Utc.March(22), phase.EndsAt);
        Assert.Equal("Relaunch", phase.Name);
    }

    [Theory]
    [InlineData(4, 12, "startsAt", "OVERLAP")]
    [InlineData(25, 32, "endsAt", "OUTSIDE_CAMPAIGN")]
    public void A_rejected_phase_update_changes_nothing(int startDay, int endDay, string field, string code)
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(1), Utc.March(5), "Kick-off"));
        var end = Utc.March(1).AddDays(endDay - 1);

        DomainAssert.Broken(() => campaign.UpdatePhase(phase.Id, CampaignSamples.Phase(Utc.March(startDay), end, "Moved")), field, code);
        Assert.Equal(Utc.March(1), phase.StartsAt);
        Assert.Equal(Utc.March(5), phase.EndsAt);
        Assert.Equal("Kick-off", phase.Name);
    }

    [Theory]
    [InlineData("long relaunch message", "relaunchMessage", "TOO_LONG")]
    [InlineData("blank name", "name", "REQUIRED")]
    public void A_phase_update_with_a_bad_field_changes_neither_the_phase_nor_the_version(string brokenRule, string field, string code)
    {
        var campaign = CampaignSamples.Draft();
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20), "Relaunch"));
        var before = CampaignSamples.Snapshot(campaign);
        var changed = CampaignSamples.Phase(Utc.March(12), Utc.March(22), "Moved");
        var details = brokenRule == "blank name" ? changed with { Name = " " } : changed with { RelaunchMessage = new string('m', 281) };

        DomainAssert.Broken(() => campaign.UpdatePhase(phase.Id, details), field, code);

        Assert.Equal(before, CampaignSamples.Snapshot(campaign));
        Assert.Equal("Relaunch", phase.Name);
    }

    [Fact]
    public void Unknown_phases_cannot_be_updated_or_removed()
    {
        var campaign = CampaignSamples.Draft();
        var phase = CampaignSamples.Phase(Utc.March(10), Utc.March(20));

        DomainAssert.Broken(() => campaign.UpdatePhase(Guid.NewGuid(), phase), "phaseId", "NOT_FOUND");
        DomainAssert.Broken(() => campaign.RemovePhase(Guid.NewGuid()), "phaseId", "NOT_FOUND");
    }

    [Fact]
    public void A_removed_phase_frees_its_dates()
    {
        var campaign = CampaignSamples.Draft();
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        campaign.RemovePhase(phase.Id);
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(12), Utc.March(18)));

        Assert.NotEqual(phase.Id, Assert.Single(campaign.Phases).Id);
    }

    [Fact]
    public void The_current_phase_starts_inclusively_and_ends_exclusively()
    {
        var campaign = CampaignSamples.Draft();
        var first = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20), "First"));
        var second = campaign.AddPhase(CampaignSamples.Phase(Utc.March(20), Utc.March(25), "Second"));

        Assert.Null(campaign.CurrentPhaseAt(Utc.March(10).AddTicks(-1)));
        Assert.Same(first, campaign.CurrentPhaseAt(Utc.March(10)));
        Assert.Same(first, campaign.CurrentPhaseAt(Utc.March(20).AddTicks(-1)));
        Assert.Same(second, campaign.CurrentPhaseAt(Utc.March(20)));
        Assert.Null(campaign.CurrentPhaseAt(Utc.March(25)));
    }
}
