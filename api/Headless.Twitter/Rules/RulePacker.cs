namespace Headless.Twitter.Rules;

/// <summary>
/// Packs many terms (hashtags, <c>from:</c> operators, phrases) into as few rules as the length limit
/// allows, joined with <c>OR</c>, so a large watch list fits the tier's rule count.
/// </summary>
public static class RulePacker
{
    private const string Separator = " OR ";

    /// <summary>
    /// Rules tagged <c>{tagPrefix}#1</c>, <c>{tagPrefix}#2</c>… in the order of the terms. Duplicate
    /// terms (ignoring case, as X matches) are dropped; a term with spaces is parenthesised because X
    /// applies AND before OR. Throws when one term alone exceeds <paramref name="maxLength"/>.
    /// </summary>
    public static IReadOnlyList<DesiredRule> Pack(IEnumerable<string> terms, string tagPrefix, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(tagPrefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        var values = new List<string>();
        var current = "";
        foreach (var term in Normalize(terms))
        {
            if (term.Length > maxLength)
            {
                throw new ArgumentException($"The term '{term}' is longer than the {maxLength}-character rule limit.", nameof(terms));
            }

            if (current.Length == 0)
            {
                current = term;
            }
            else if (current.Length + Separator.Length + term.Length <= maxLength)
            {
                current += Separator + term;
            }
            else
            {
                values.Add(current);
                current = term;
            }
        }

        if (current.Length > 0)
        {
            values.Add(current);
        }

        return values.Select((value, index) => new DesiredRule(value, $"{tagPrefix}#{index + 1}")).ToList();
    }

    private static IEnumerable<string> Normalize(IEnumerable<string> terms) =>
        terms
            .Select(t => t?.Trim() ?? "")
            .Where(t => t.Length > 0)
            .Select(Group)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static string Group(string term)
    {
        var isQuoted = term.Length > 1 && term[0] == '"' && term[^1] == '"';
        var isGrouped = term[0] == '(' && term[^1] == ')';
        return term.Any(char.IsWhiteSpace) && !isQuoted && !isGrouped ? $"({term})" : term;
    }
}
