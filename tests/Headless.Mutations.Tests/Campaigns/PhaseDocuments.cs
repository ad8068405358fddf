using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Campaigns;

internal static class PhaseDocuments
{
    private const string PhaseFields = "phase { id name startsAt endsAt relaunchMessage campaign { id version phases { totalCount } } }";

    public const string Add = "mutation($input: AddCampaignPhaseInput!) { addCampaignPhase(input: $input) { " + PhaseFields + " " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateCampaignPhaseInput!) { updateCampaignPhase(input: $input) { " + PhaseFields + " " + Documents.Errors + " } }";

    public const string Remove = "mutation($input: RemoveCampaignPhaseInput!) { removeCampaignPhase(input: $input) { campaign { id version phases { totalCount } } " + Documents.Errors + " } }";

    public static object Phase(string name, string startsAt, string endsAt, string? relaunchMessage = null) => new { name, startsAt, endsAt, relaunchMessage };

    public static object AddInput(string campaignId, object phase, int? expectedVersion = null) => new { input = new { campaignId, phase, expectedVersion } };

    public static object UpdateInput(Guid phaseId, object phase, int? expectedVersion = null) =>
        new { input = new { phaseId = GlobalId.Encode("CampaignPhase", phaseId), phase, expectedVersion } };

    public static object RemoveInput(Guid phaseId) => new { input = new { phaseId = GlobalId.Encode("CampaignPhase", phaseId) } };
}
