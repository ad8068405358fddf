using Headless.Isolation.Tests.PrivateFields;
using Headless.Isolation.Tests.Support;
using Headless.Testing;
using Xunit.Abstractions;

namespace Headless.Isolation.Tests.Matrix;

/// <summary>
/// Tenant isolation through the real HTTP endpoint with real tokens: every mutation of the schema, as
/// every kind of caller, is allowed exactly where the role matrix says, and otherwise refused with a
/// typed error and without changing a single row.
/// </summary>
public sealed class IsolationMatrixTests(IsolationHosts hosts, ITestOutputHelper output) : IClassFixture<IsolationHosts>
{
    [Fact]
    public async Task Every_mutation_of_the_schema_has_a_case_and_every_case_a_mutation()
    {
        var world = await hosts.SqliteAsync();

        var inSchema = MutationDocuments.MutationNames(world.Host.Schema).Order(StringComparer.Ordinal).ToList();
        var withCases = MutationCases.All.Keys.Order(StringComparer.Ordinal).ToList();

        Assert.True(inSchema.SequenceEqual(withCases),
            $"Mutations without a case: {string.Join(", ", inSchema.Except(withCases))}. Cases without a mutation: {string.Join(", ", withCases.Except(inSchema))}.");
    }

    [Fact]
    public async Task Every_private_field_the_schema_announces_has_a_case()
    {
        var world = await hosts.SqliteAsync();

        var announced = PrivateFieldRequirements.Of(world.Host.Schema);

        output.WriteLine($"Private fields announced by the schema: {string.Join(", ", announced)}");
        Assert.Contains("Ngo.members", announced);
        Assert.Empty(announced.Except(PrivateFieldCases.All.Keys));
    }

    [Fact]
    public async Task Mutations_are_allowed_exactly_by_the_role_matrix_on_SQLite() => await RunMutationMatrixAsync(await hosts.SqliteAsync());

    [PostgresFact]
    public async Task Mutations_are_allowed_exactly_by_the_role_matrix_on_PostgreSQL() => await RunMutationMatrixAsync(await hosts.PostgresAsync());

    [Fact]
    public async Task Private_fields_are_shown_exactly_to_the_right_roles_on_SQLite() => await RunPrivateFieldMatrixAsync(await hosts.SqliteAsync());

    [PostgresFact]
    public async Task Private_fields_are_shown_exactly_to_the_right_roles_on_PostgreSQL() => await RunPrivateFieldMatrixAsync(await hosts.PostgresAsync());

    private async Task RunPrivateFieldMatrixAsync(IsolationWorld world)
    {
        var outcomes = await new PrivateFieldMatrix(world).RunAsync();

        var title = $"Private fields on {world.Host.Provider}: {PrivateFieldCases.All.Count} fields × {Caller.All.Count} callers = {outcomes.Count} reads";
        var report = MatrixReport.Format(title, outcomes);
        output.WriteLine(report);
        Assert.Equal(PrivateFieldCases.All.Count * Caller.All.Count, outcomes.Count);
        Assert.True(outcomes.All(o => o.Problem is null), report);
    }

    private async Task RunMutationMatrixAsync(IsolationWorld world)
    {
        var outcomes = await new MutationMatrix(world).RunAsync();

        var scenarios = MutationCases.All.Values.Sum(s => s.Count);
        var title = $"Mutations on {world.Host.Provider}: {MutationCases.All.Count} mutations, {scenarios} scenarios × {Caller.All.Count} callers = {outcomes.Count} calls";
        var report = MatrixReport.Format(title, outcomes);
        output.WriteLine(report);
        Assert.Equal(scenarios * Caller.All.Count, outcomes.Count);
        Assert.True(outcomes.All(o => o.Problem is null), report);
    }
}
