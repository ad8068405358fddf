using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>The relaunch phases of a campaign (EDITOR). A phase change is a change of its campaign, and bumps its version.</summary>
internal static class CampaignPhaseMutations
{
    public static void AddCampaignPhaseMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<AddCampaignPhaseInputType, AddCampaignPhaseInput, CampaignPhaseType, CampaignPhase>(
            "addCampaignPhase", "Adds a relaunch phase inside the campaign, overlapping no other (EDITOR).", "phase", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, input.ExpectedVersion);
                var phase = InputFields.Under("phase", () => campaign.AddPhase(input.Phase.ToDetails()));
                m.Audit(campaign.NgoId, "CampaignPhase", phase.Id);
                return phase;
            });

        mutation.AddMutation<UpdateCampaignPhaseInputType, UpdateCampaignPhaseInput, CampaignPhaseType, CampaignPhase>(
            "updateCampaignPhase", "Changes a phase; it must still lie inside the campaign and overlap no other (EDITOR).", "phase", async (m, input) =>
            {
                var (campaign, phaseId) = await LoadAsync(m, input.PhaseId, input.ExpectedVersion);
                InputFields.Under("phase", () => campaign.UpdatePhase(phaseId, input.Phase.ToDetails()));
                m.Audit(campaign.NgoId, "CampaignPhase", phaseId);
                return campaign.Phases.First(p => p.Id == phaseId);
            });

        mutation.AddMutation<RemoveCampaignPhaseInputType, RemoveCampaignPhaseInput, CampaignType, Campaign>(
            "removeCampaignPhase", "Removes a phase (EDITOR); returns its campaign.", "campaign", async (m, input) =>
            {
                var (campaign, phaseId) = await LoadAsync(m, input.PhaseId, input.ExpectedVersion);
                campaign.RemovePhase(phaseId);
                m.Audit(campaign.NgoId, "CampaignPhase", phaseId);
                return campaign;
            });
    }

    private static async Task<(Campaign Campaign, Guid PhaseId)> LoadAsync(MutationContext m, string phaseGlobalId, int? expectedVersion)
    {
        var phaseId = m.Id(phaseGlobalId, "CampaignPhase", "phaseId");
        var campaignId = await m.Db.CampaignPhases.Where(p => p.Id == phaseId).Select(p => (Guid?)p.CampaignId).FirstOrDefaultAsync(m.CancellationToken)
            ?? throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such campaign phase."));
        return (await EditableCampaigns.LoadByIdAsync(m, campaignId, expectedVersion), phaseId);
    }
}
