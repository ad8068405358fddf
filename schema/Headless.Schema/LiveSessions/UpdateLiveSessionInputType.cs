using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class UpdateLiveSessionInputType : InputObjectGraphType<UpdateLiveSessionInput>
{
    public UpdateLiveSessionInputType()
    {
        Name = "UpdateLiveSessionInput";
        Description = "The slug cannot change. Omit accountIds to keep the session's accounts.";
        Field<NonNullGraphType<IdGraphType>>("liveSessionId");
        this.AddLiveSessionDetailFields();
    }
}
