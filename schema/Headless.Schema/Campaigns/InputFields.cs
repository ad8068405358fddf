using Headless.Domain.Common;

namespace Headless.Schema.Campaigns;

/// <summary>
/// Domain rules name the field they check relative to the value they were given (<c>startsAt</c> of a phase).
/// When that value is a nested input object, the parent's name goes in front, so the error points at the
/// field the client actually sent (<c>input.phase.startsAt</c>).
/// </summary>
internal static class InputFields
{
    public static T Under<T>(string parent, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            return build();
        }
        catch (DomainRuleException rule)
        {
            throw new DomainRuleException(rule.Field.Length == 0 ? parent : $"{parent}.{rule.Field}", rule.Code, rule.Message);
        }
    }

    public static void Under(string parent, Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Under(parent, () =>
        {
            change();
            return true;
        });
    }
}
