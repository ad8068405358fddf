using GraphQL;
using GraphQL.Types;
using Headless.Domain.Common;
using Headless.Schema.Mutations;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Mutations;

/// <summary>
/// Mutations that call a service writing through its own connection (the user directory inviting a
/// user, the authorization server registering a client). That call cannot run inside the mutation's
/// transaction: on SQLite the transaction holds the write lock, so the service would wait for it
/// until it times out. The work is therefore staged: checks in a first transaction (authorization,
/// validation — nothing written), then the call, then the writes and the audit entry in a second one.
/// A failure before the call changes nothing. What the call did (an invited user, a registered client)
/// is the one effect that outlives a failure of the final writes, which only a lost database can cause.
/// </summary>
internal static class StagedMutationFieldExtensions
{
    /// <summary>Adds <c>name(input: NameInput!): NamePayload!</c>; <paramref name="resultFields"/> adds the payload's fields besides <c>errors</c>.</summary>
    public static FieldType AddStagedMutation<TInputGraphType, TInput, TPlan, TResult>(
        this ObjectGraphType mutation,
        string name,
        string description,
        Action<ObjectGraphType<MutationResult<TResult>>> resultFields,
        Func<MutationContext, TInput, Task<TPlan>> check,
        Func<TPlan, IServiceProvider, CancellationToken, Task<TPlan>> callOut,
        Func<MutationContext, TPlan, Task<TResult>> commit)
        where TInputGraphType : InputObjectGraphType<TInput>
        where TPlan : class
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(resultFields);
        var payload = MutationPayloads.Create(name, resultFields);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                var runner = context.RequestServices!.GetRequiredService<MutationRunner>();
                var checkedPlan = await runner.RunAsync(context, m => check(m, input));
                if (checkedPlan.Result is not { } plan)
                {
                    return new MutationResult<TResult>(null, checkedPlan.Errors);
                }

                try
                {
                    plan = await callOut(plan, context.RequestServices!, context.CancellationToken);
                }
                catch (MutationFailedException failure)
                {
                    return MutationResults.Failure<TResult>(failure.Error);
                }
                catch (DomainRuleException rule)
                {
                    return MutationResults.Failure<TResult>(new ValidationError(rule.Message, rule.Code, MutationPaths.Of(rule.Field)));
                }

                return await runner.RunAsync(context, m => commit(m, plan));
            })
            .FieldType;
    }
}
