using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class LiveSessionOrderFieldType : EnumerationGraphType<LiveSessionOrderField>
{
    public LiveSessionOrderFieldType()
    {
        Name = "LiveSessionOrderField";
    }
}
