using GraphQL.Types;

namespace Headless.Schema.Mutations;

internal static class MutationPayloads
{
    /// <summary>The <c>NamePayload</c> type of a mutation: its result fields, then <c>errors: [UserError!]!</c>.</summary>
    public static ObjectGraphType<MutationResult<TResult>> Create<TResult>(string mutationName, Action<ObjectGraphType<MutationResult<TResult>>> resultFields)
        where TResult : class
    {
        var payload = new ObjectGraphType<MutationResult<TResult>>
        {
            Name = char.ToUpperInvariant(mutationName[0]) + mutationName[1..] + "Payload",
            Description = $"The outcome of {mutationName}.",
        };
        resultFields(payload);
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterfaceType>>>>("errors")
            .Description("Why nothing was changed; empty on success.")
            .Resolve(c => c.Source.Errors);
        return payload;
    }
}
