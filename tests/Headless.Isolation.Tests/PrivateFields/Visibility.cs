namespace Headless.Isolation.Tests.PrivateFields;

public enum Visibility
{
    /// <summary>The private values are there.</summary>
    Shown,

    /// <summary>Empty or null, as for anyone without the role.</summary>
    Hidden,

    /// <summary>Neither: a partial answer, which is a failure whoever asks.</summary>
    Inconsistent,
}
