using GraphQL.Types;

namespace Headless.Schema.Mutations;

public sealed class ForbiddenErrorType : UserErrorType<ForbiddenError>
{
    public ForbiddenErrorType()
        : base("ForbiddenError", "The caller's role does not allow this change.")
    {
    }
}
