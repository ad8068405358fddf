using GraphQL.Types;

namespace Headless.Schema.Mutations;

public sealed class NotFoundErrorType : UserErrorType<NotFoundError>
{
    public NotFoundErrorType()
        : base("NotFoundError", "The target does not exist, or is not visible to the caller.")
    {
    }
}
