namespace Headless.Mutations.Tests.Support;

public static class Documents
{
    /// <summary>The selection of a payload's errors, with the field of validation errors.</summary>
    public const string Errors = "errors { code message ... on ValidationError { field } }";
}
