using GraphQL.Types;

namespace Headless.Schema.Ngos;

public sealed class ArchiveNgoInputType : InputObjectGraphType<ArchiveNgoInput>
{
    public ArchiveNgoInputType()
    {
        Name = "ArchiveNgoInput";
        Field<NonNullGraphType<IdGraphType>>("ngoId");
    }
}
