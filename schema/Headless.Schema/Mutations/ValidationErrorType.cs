using GraphQL.Types;

namespace Headless.Schema.Mutations;

public sealed class ValidationErrorType : UserErrorType<ValidationError>
{
    public ValidationErrorType()
        : base("ValidationError", "An input broke a rule.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("The offending input field, dotted (e.g. input.goal.amount).").Resolve(c => string.Join('.', c.Source.Path));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path").Description("The same, as a path.").Resolve(c => c.Source.Path);
    }
}
