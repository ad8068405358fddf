using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Common;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("FR", "FR")]
    [InlineData("fr", "FR")]
    [InlineData(" gb ", "GB")]
    public void A_two_letter_code_is_trimmed_and_upper_cased(string input, string expected)
    {
        Assert.Equal(expected, CountryCode.Normalize(input, "country"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("F")]
    [InlineData("FRA")]
    [InlineData("F1")]
    [InlineData("ÉS")]
    public void Anything_but_two_ascii_letters_is_rejected(string? input)
    {
        DomainAssert.Broken(() => CountryCode.Normalize(input, "country"), "country", "INVALID_COUNTRY");
    }
}
