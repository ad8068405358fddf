using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Audit;
using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>
/// Runs every scenario of every mutation as every caller, through HTTP with the caller's real token,
/// each call on fresh target data, and judges each call against the role matrix and the database.
/// </summary>
public sealed class MutationMatrix(IsolationWorld world)
{
    private static readonly string[] RefusalTypes = ["ForbiddenError", "NotFoundError"];

    public async Task<IReadOnlyList<MatrixOutcome>> RunAsync()
    {
        var schema = world.Host.Schema;
        var outcomes = new List<MatrixOutcome>();
        foreach (var (mutation, scenarios) in MutationCases.All.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var call = new MutationCall(mutation, MutationDocuments.For(schema, mutation), MutationDocuments.ResultFields(schema, mutation));
            foreach (var scenario in scenarios)
            {
                foreach (var caller in Caller.All)
                {
                    outcomes.Add(await RunAsync(call, scenario, caller));
                }
            }
        }

        return outcomes;
    }

    private async Task<MatrixOutcome> RunAsync(MutationCall call, MutationScenario scenario, Caller caller)
    {
        var host = world.Host;
        var tenant = scenario.OwnTenant ? await world.NewTenantAsync() : world.Shared;
        var input = await scenario.ArrangeAsync(tenant);
        var token = await caller.TokenAsync(world, tenant);

        var before = await host.SnapshotAsync();
        JsonObject response;
        using (var client = host.Client(token))
        {
            response = await client.PostAsync(call.Document, new { input });
        }

        var after = await host.SnapshotAsync();
        var allowed = caller.Satisfies(scenario.Need);
        var (observed, problem) = Judge(call, response, allowed, scenario, before, after);
        return new MatrixOutcome(call.Mutation, scenario.Name, caller, allowed, observed, problem);
    }

    private (string Observed, string? Problem) Judge(MutationCall call, JsonObject response, bool allowed, MutationScenario scenario, DatabaseSnapshot before, DatabaseSnapshot after)
    {
        if (response["errors"] is not null || response["data"]?[call.Mutation] is not JsonObject payload)
        {
            return ("request failed", $"the request failed: {response.ToJsonString()}");
        }

        var errors = payload["errors"]!.AsArray();
        var observed = errors.Count == 0 ? "ok" : string.Join(',', errors.Select(e => e!["code"]!.GetValue<string>()));
        var results = call.Results.Select(r => (r.Name, Value: payload[r.Name])).ToList();
        if (allowed)
        {
            return (observed, errors.Count > 0 ? $"refused: {errors.ToJsonString()}"
                : results.FirstOrDefault(r => r.Value is null) is { Name: { } missing } ? $"no {missing} in {payload.ToJsonString()}"
                : !before.Changed(after, world.Host.TableOf(typeof(AuditEntry))) ? "no audit entry was written"
                : !scenario.Changes.Any(t => before.Changed(after, world.Host.TableOf(t))) ? $"none of {string.Join(", ", scenario.Changes.Select(t => t.Name))} changed"
                : null);
        }

        var changes = before.ChangesIn(after);
        return (observed, errors.Count != 1 || !RefusalTypes.Contains(errors[0]!["__typename"]!.GetValue<string>()) ? $"not a typed refusal: {errors.ToJsonString()}"
            : results.FirstOrDefault(r => r.Value is not null) is { Name: { } leaked } ? $"{leaked} returned although refused: {payload.ToJsonString()}"
            : changes.Count > 0 ? $"refused, yet the database changed: {string.Join(", ", changes)}"
            : null);
    }

    private sealed record MutationCall(string Mutation, string Document, IReadOnlyList<(string Name, string Selection)> Results);
}
