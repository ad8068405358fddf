using GraphQL.Types;

namespace Headless.Schema.Mutations;

public sealed class ConflictErrorType : UserErrorType<ConflictError>
{
    public ConflictErrorType()
        : base("ConflictError", "The change conflicts with the current state (a concurrent edit, a duplicate, a sold-out tier).")
    {
    }
}
