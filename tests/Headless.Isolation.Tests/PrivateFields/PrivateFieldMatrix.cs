using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Isolation.Tests.Matrix;
using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>Reads every private field as every caller, each field on data of a fresh NGO, through HTTP with real tokens.</summary>
public sealed class PrivateFieldMatrix(IsolationWorld world)
{
    public async Task<IReadOnlyList<MatrixOutcome>> RunAsync()
    {
        var outcomes = new List<MatrixOutcome>();
        foreach (var (field, privateField) in PrivateFieldCases.All.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var tenant = await world.NewTenantAsync();
            var probe = await privateField.ArrangeAsync(tenant);
            foreach (var caller in Caller.All)
            {
                var expected = caller.Satisfies(privateField.Need);
                JsonObject response;
                using (var client = world.Host.Client(await caller.TokenAsync(world, tenant)))
                {
                    response = await client.PostAsync(probe.Query, probe.Variables);
                }

                var seen = response["errors"] is null && response["data"] is JsonObject data ? probe.Read(data) : Visibility.Inconsistent;
                var problem = seen == (expected ? Visibility.Shown : Visibility.Hidden) ? null : $"{seen}: {response.ToJsonString()}";
                outcomes.Add(new MatrixOutcome(field, string.Empty, caller, expected, seen.ToString().ToLowerInvariant(), problem));
            }
        }

        return outcomes;
    }
}
