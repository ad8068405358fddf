using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class EndLiveSessionInputType : InputObjectGraphType<EndLiveSessionInput>
{
    public EndLiveSessionInputType()
    {
        Name = "EndLiveSessionInput";
        Field<NonNullGraphType<IdGraphType>>("liveSessionId").Description("A live session.");
    }
}
