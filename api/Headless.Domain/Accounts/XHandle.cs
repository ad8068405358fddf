using Headless.Domain.Common;

namespace Headless.Domain.Accounts;

/// <summary>X usernames: 1-15 letters, digits or underscores; unique case-insensitively.</summary>
public static class XHandle
{
    public static string Normalize(string? handle, string field = "handle")
    {
        var text = handle?.Trim().TrimStart('@') ?? string.Empty;
        if (text.Length is 0 or > 15 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new DomainRuleException(field, "INVALID_HANDLE", "A handle must be 1-15 letters, digits or underscores.");
        }

        return text;
    }

    public static string Key(string handle) => Normalize(handle).ToLowerInvariant();
}
