using GraphQL.Types;

namespace Headless.Schema.Ngos;

/// <summary>The editable fields shared by createNgo and updateNgo.</summary>
internal static class NgoDetailInputFields
{
    public static void AddNgoDetailFields<T>(this InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name");
        input.Field<StringGraphType>("description");
        input.Field<StringGraphType>("website");
        input.Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 code of the head office.");
        input.Field<NonNullGraphType<StringGraphType>>("defaultCurrency").Description("ISO 4217 code.");
        input.Field<StringGraphType>("logoUrl");
    }
}
