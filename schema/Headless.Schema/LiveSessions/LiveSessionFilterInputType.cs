using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

public sealed class LiveSessionFilterInputType : InputObjectGraphType<LiveSessionFilter>
{
    public LiveSessionFilterInputType()
    {
        Name = "LiveSessionFilter";
        Field<ListGraphType<NonNullGraphType<LiveSessionStatusType>>>("status").Description("Any of these statuses.");
        Field<StringGraphType>("hashtag").Description("Sessions under this hashtag ('#' optional, case-insensitive).");
        Field<StringGraphType>("ngoSlug");
        Field<StringGraphType>("search").Description("Words in the title or place, case-insensitive.");
    }
}
