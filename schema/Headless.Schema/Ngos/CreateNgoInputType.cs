using GraphQL.Types;

namespace Headless.Schema.Ngos;

public sealed class CreateNgoInputType : InputObjectGraphType<CreateNgoInput>
{
    public CreateNgoInputType()
    {
        Name = "CreateNgoInput";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("2-64 lower-case letters, digits and single hyphens; unique and permanent.");
        this.AddNgoDetailFields();
        Field<StringGraphType>("ownerEmail").Description("Becomes the first OWNER: an existing user, or one invited by e-mail.");
    }
}
