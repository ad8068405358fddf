using GraphQL.Types;

namespace Headless.Schema.Mutations;

public sealed class UserErrorInterfaceType : InterfaceGraphType<UserError>
{
    public UserErrorInterfaceType()
    {
        Name = "UserError";
        Description = "Why a mutation did nothing. Check `code`; `message` is for people.";
        Field<NonNullGraphType<StringGraphType>>("message");
        Field<NonNullGraphType<StringGraphType>>("code");
    }
}
