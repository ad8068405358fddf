using System.Text.RegularExpressions;

namespace Headless.Testing;

/// <summary>
/// Database names restricted to lower-case identifiers, so they can be embedded in DDL
/// (which cannot take parameters) without quoting surprises.
/// </summary>
public static partial class PostgresDatabaseName
{
    public static string NewUnique() => $"test_{Guid.NewGuid():N}";

    public static string Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!SafeIdentifier().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a usable database name: use 1-63 characters of a-z, 0-9 and _, starting with a letter or _.",
                nameof(name));
        }

        return name;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeIdentifier();
}
