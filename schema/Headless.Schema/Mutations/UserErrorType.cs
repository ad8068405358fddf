using GraphQL.Types;

namespace Headless.Schema.Mutations;

/// <summary>The common shape of the concrete user error types.</summary>
public abstract class UserErrorType<T> : ObjectGraphType<T>
    where T : UserError
{
    protected UserErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Interface<UserErrorInterfaceType>();
        IsTypeOf = value => value is T;
    }
}
