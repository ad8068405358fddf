using Headless.Domain.Common;

namespace Headless.Domain.Tests.Support;

/// <summary>Asserts that a domain rule was broken, and that the error points at the right field with the right code.</summary>
internal static class DomainAssert
{
    public static DomainRuleException Broken(Action act, string field, string code)
    {
        var error = Assert.Throws<DomainRuleException>(act);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
        return error;
    }
}
