using Headless.Isolation.Tests.Matrix.Cases;
using Headless.Isolation.Tests.Support;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>Mutation name → its scenarios. The matrix tests check that the keys are exactly the schema's mutations.</summary>
public static class MutationCases
{
    public static IReadOnlyDictionary<string, IReadOnlyList<MutationScenario>> All { get; } = Build();

    internal static KeyValuePair<string, IReadOnlyList<MutationScenario>> Case(string mutation, Need need, Type[] changes, Func<Tenant, Task<object>> arrange, bool ownTenant = false) =>
        new(mutation, [new MutationScenario(string.Empty, need, changes, arrange, ownTenant)]);

    internal static KeyValuePair<string, IReadOnlyList<MutationScenario>> Case(string mutation, params MutationScenario[] scenarios) =>
        new(mutation, scenarios);

    /// <summary>An input that needs no data of its own.</summary>
    internal static Task<object> Ready(object input) => Task.FromResult(input);

    private static Dictionary<string, IReadOnlyList<MutationScenario>> Build()
    {
        var all = new Dictionary<string, IReadOnlyList<MutationScenario>>(StringComparer.Ordinal);
        var groups = CampaignCases.All()
            .Concat(CampaignPartCases.All())
            .Concat(TierCases.All())
            .Concat(RecordCases.All())
            .Concat(NgoCases.All())
            .Concat(MemberCases.All())
            .Concat(AccountCases.All())
            .Concat(LiveSessionCases.All())
            .Concat(ApiClientCases.All());
        foreach (var (mutation, scenarios) in groups)
        {
            all.Add(mutation, scenarios);
        }

        return all;
    }
}
