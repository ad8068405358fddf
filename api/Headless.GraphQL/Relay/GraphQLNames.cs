namespace Headless.GraphQL.Relay;

/// <summary>The GraphQL <c>Name</c> grammar: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
internal static class GraphQLNames
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c != '_' && !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
