using GraphQL.Types;
using Headless.Domain.LiveSessions;

namespace Headless.Schema.LiveSessions;

public sealed class LiveSessionStatusType : EnumerationGraphType<LiveSessionStatus>
{
    public LiveSessionStatusType()
    {
        Name = "LiveSessionStatus";
    }
}
