using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class PhaseInputType : InputObjectGraphType<PhaseInput>
{
    public PhaseInputType()
    {
        Name = "CampaignPhaseInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Description("Inside the campaign, and not overlapping another phase.");
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Description("Inside the campaign, after startsAt.");
        Field<StringGraphType>("relaunchMessage").Description("The message to tweet when the phase starts (280 characters at most).");
    }
}
