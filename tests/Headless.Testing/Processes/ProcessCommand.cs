namespace Headless.Testing.Processes;

/// <summary>An executable and its arguments, kept apart so no shell ever re-splits them.</summary>
internal sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public override string ToString() => string.Join(' ', Arguments.Prepend(FileName).Select(ShellQuoting.Quote));
}
