using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class StartLiveSessionInputType : InputObjectGraphType<StartLiveSessionInput>
{
    public StartLiveSessionInputType()
    {
        Name = "StartLiveSessionInput";
        Field<NonNullGraphType<IdGraphType>>("liveSessionId").Description("A scheduled session.");
    }
}
