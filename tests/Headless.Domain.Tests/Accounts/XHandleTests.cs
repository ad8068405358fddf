using Headless.Domain.Accounts;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Accounts;

public sealed class XHandleTests
{
    [Theory]
    [InlineData("@PlanGlobal", "PlanGlobal")]
    [InlineData(" croixrouge ", "croixrouge")]
    [InlineData("a", "a")]
    [InlineData("Red_Cross_2025", "Red_Cross_2025")]
    [InlineData("@@UNICEF", "UNICEF")]
    [InlineData("abcdefghijklmno", "abcdefghijklmno")]
    public void A_handle_is_trimmed_and_loses_its_at_sign(string input, string expected)
    {
        Assert.Equal(expected, XHandle.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("plan-global")]
    [InlineData("plan.global")]
    [InlineData("two words")]
    [InlineData("plän")]
    [InlineData("#hashtag")]
    public void Anything_but_1_to_15_ascii_letters_digits_or_underscores_is_rejected(string? input)
    {
        DomainAssert.Broken(() => XHandle.Normalize(input), "handle", "INVALID_HANDLE");
    }

    [Fact]
    public void The_error_names_the_field_it_was_given()
    {
        DomainAssert.Broken(() => XHandle.Normalize("bad handle", "mentions.0"), "mentions.0", "INVALID_HANDLE");
    }

    [Theory]
    [InlineData("@PlanGlobal", "planglobal")]
    [InlineData("UNICEF", "unicef")]
    public void Key_is_the_lower_case_handle(string input, string expected)
    {
        Assert.Equal(expected, XHandle.Key(input));
    }
}
