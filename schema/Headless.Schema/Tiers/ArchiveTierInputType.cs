using GraphQL.Types;

namespace Headless.Schema.Tiers;

public sealed class ArchiveTierInputType : InputObjectGraphType<ArchiveTierInput>
{
    public ArchiveTierInputType()
    {
        Name = "ArchiveTierInput";
        Field<NonNullGraphType<IdGraphType>>("tierId");
        Field<IntGraphType>("expectedVersion").Description("The tier version that was seen; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
