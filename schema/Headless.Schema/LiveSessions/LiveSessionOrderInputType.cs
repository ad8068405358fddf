using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.LiveSessions;

public sealed class LiveSessionOrderInputType : InputObjectGraphType<LiveSessionOrder>
{
    public LiveSessionOrderInputType()
    {
        Name = "LiveSessionOrder";
        Field<NonNullGraphType<LiveSessionOrderFieldType>>("field");
        Field<NonNullGraphType<OrderDirectionType>>("direction");
    }
}
