using GraphQL.Types;

namespace Headless.Schema.Ngos;

public sealed class UpdateNgoInputType : InputObjectGraphType<UpdateNgoInput>
{
    public UpdateNgoInputType()
    {
        Name = "UpdateNgoInput";
        Description = "The slug cannot change.";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
        this.AddNgoDetailFields();
    }
}
