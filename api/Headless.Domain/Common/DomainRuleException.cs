namespace Headless.Domain.Common;

/// <summary>
/// A broken domain rule. <see cref="Field"/> names the offending input (camelCase, dotted for nested values)
/// so the API can turn it into a typed validation error that points at the field.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string code, string message)
        : base(message)
    {
        Field = field;
        Code = code;
    }

    public DomainRuleException()
        : this(string.Empty, "INVALID", "A domain rule was broken.")
    {
    }

    public DomainRuleException(string message)
        : this(string.Empty, "INVALID", message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
        Code = "INVALID";
    }

    public string Field { get; }

    public string Code { get; }
}
