namespace Headless.Bench.Scenarios;

public enum SharingMode
{
    /// <summary>Every subscriber sends the same document and variables: one execution feeds them all.</summary>
    Shared,

    /// <summary>Each subscriber adds a variable value of its own, so no two subscriptions are interchangeable.</summary>
    Distinct,
}
