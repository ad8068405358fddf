using GraphQL.Types;

namespace Headless.Schema.Ngos;

public sealed class NgoFilterInputType : InputObjectGraphType<NgoFilter>
{
    public NgoFilterInputType()
    {
        Name = "NgoFilter";
        Field<StringGraphType>("search").Description("Words in the name or slug, case-insensitive.");
        Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 code.");
    }
}
