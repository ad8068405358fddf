using GraphQL.Types;

namespace Headless.Schema.LiveSessions;

/// <summary>The editable fields shared by createLiveSession and updateLiveSession.</summary>
internal static class LiveSessionDetailInputFields
{
    public static void AddLiveSessionDetailFields<T>(this InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("title");
        input.Field<StringGraphType>("description");
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Description("One or more; '#' optional.");
        input.Field<NonNullGraphType<StringGraphType>>("placeName");
        input.Field<FloatGraphType>("latitude").Description("WGS84; given together with longitude, or neither.");
        input.Field<FloatGraphType>("longitude");
        input.Field<NonNullGraphType<DateTimeGraphType>>("scheduledStartAt").Description("UTC.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("accountIds").Description("The NGO's accounts that live-tweet the session.");
    }
}
