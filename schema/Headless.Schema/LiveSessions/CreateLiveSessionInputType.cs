using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class CreateLiveSessionInputType : InputObjectGraphType<CreateLiveSessionInput>
{
    public CreateLiveSessionInputType()
    {
        Name = "CreateLiveSessionInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        Field<NonNullGraphType<StringGraphType>>("slug").Description("2-64 lower-case letters, digits and single hyphens; unique in the NGO and permanent.");
        this.AddLiveSessionDetailFields();
    }
}
