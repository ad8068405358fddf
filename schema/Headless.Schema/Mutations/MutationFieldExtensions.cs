using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Adds <c>name(input: NameInput!): NamePayload!</c> where the payload carries <paramref name="resultField"/>
    /// (null on failure) and <c>errors: [UserError!]!</c>.
    /// </summary>
    public static FieldType AddMutation<TInputGraphType, TInput, TResultGraphType, TResult>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string resultField,
        Func<MutationContext, TInput, Task<TResult>> handler)
        where TInputGraphType : InputObjectGraphType<TInput>
        where TResultGraphType : IGraphType
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(mutation);
        var payload = MutationPayloads.Create<TResult>(name, p => p.Field<TResultGraphType>(resultField).Resolve(c => c.Source.Result));

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                var runner = context.RequestServices!.GetRequiredService<MutationRunner>();
                return await runner.RunAsync(context, m => handler(m, input));
            })
            .FieldType;
    }
}
