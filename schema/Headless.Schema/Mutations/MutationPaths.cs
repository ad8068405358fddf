namespace Headless.Schema.Mutations;

internal static class MutationPaths
{
    /// <summary>"goal.amount" → ["input", "goal", "amount"]: domain fields are relative to the mutation's input.</summary>
    public static IReadOnlyList<string> Of(string field) =>
        ["input", .. field.Split('.', StringSplitOptions.RemoveEmptyEntries)];
}
