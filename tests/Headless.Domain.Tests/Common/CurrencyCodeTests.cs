using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Common;

public sealed class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR", "EUR")]
    [InlineData("eur", "EUR")]
    [InlineData(" usd ", "USD")]
    [InlineData("Chf", "CHF")]
    public void A_three_letter_code_is_trimmed_and_upper_cased(string input, string expected)
    {
        Assert.Equal(expected, CurrencyCode.Normalize(input, "currency"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("E R")]
    [InlineData("ÉUR")]
    [InlineData("€")]
    public void Anything_but_three_ascii_letters_is_rejected(string? input)
    {
        DomainAssert.Broken(() => CurrencyCode.Normalize(input, "currency"), "currency", "INVALID_CURRENCY");
    }

    [Fact]
    public void The_error_names_the_field_it_was_given()
    {
        DomainAssert.Broken(() => CurrencyCode.Normalize("xx", "amount.currency"), "amount.currency", "INVALID_CURRENCY");
    }
}
