using GraphQL.Types;

namespace Headless.Schema.Campaigns.Updates;

/// <summary>The shape shared by the inputs of publishUpdate and deleteUpdate.</summary>
public abstract class UpdateTargetInputType : InputObjectGraphType<UpdateTargetInput>
{
    protected UpdateTargetInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("updateId");
    }
}
