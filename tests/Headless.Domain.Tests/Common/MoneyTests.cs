using Headless.Domain.Common;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Currency_is_normalised_to_upper_case_iso_code()
    {
        var money = new Money(12.5m, " eur ");

        Assert.Equal("EUR", money.Currency);
        Assert.Equal(12.5m, money.Amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("€")]
    public void An_invalid_currency_is_rejected_on_the_currency_field(string currency)
    {
        DomainAssert.Broken(() => _ = new Money(1m, currency), "currency", "INVALID_CURRENCY");
    }

    [Fact]
    public void Adding_is_exact_decimal_arithmetic()
    {
        var sum = new Money(0.1m, "EUR") + new Money(0.2m, "EUR");

        Assert.Equal(0.3m, sum.Amount);
        Assert.Equal("EUR", sum.Currency);
    }

    [Fact]
    public void Subtracting_keeps_the_currency()
    {
        var difference = new Money(10m, "USD").Subtract(new Money(2.75m, "usd"));

        Assert.Equal(new Money(7.25m, "USD"), difference);
    }

    [Fact]
    public void Add_method_matches_the_operator()
    {
        var left = new Money(1.5m, "CHF");
        var right = new Money(2.25m, "CHF");

        Assert.Equal(left + right, left.Add(right));
        Assert.Equal(3.75m, left.Add(right).Amount);
    }

    [Fact]
    public void Combining_two_currencies_is_refused()
    {
        var euros = new Money(1m, "EUR");
        var dollars = new Money(1m, "USD");

        Assert.Throws<InvalidOperationException>(() => euros + dollars);
        Assert.Throws<InvalidOperationException>(() => euros - dollars);
    }

    [Fact]
    public void Zero_is_zero_in_the_given_currency()
    {
        var zero = Money.Zero("gbp");

        Assert.Equal(0m, zero.Amount);
        Assert.Equal("GBP", zero.Currency);
    }

    [Fact]
    public void Amounts_equal_in_value_are_equal_whatever_their_scale()
    {
        Assert.Equal(new Money(1.0m, "EUR"), new Money(1.00m, "EUR"));
        Assert.NotEqual(new Money(1m, "EUR"), new Money(1m, "USD"));
    }

    [Theory]
    [InlineData("12.5", "EUR", "12.50 EUR")]
    [InlineData("0", "USD", "0.00 USD")]
    [InlineData("1.2345", "EUR", "1.2345 EUR")]
    [InlineData("1000000", "JPY", "1000000.00 JPY")]
    public void ToString_is_culture_invariant_with_at_least_two_decimals(string amount, string currency, string expected)
    {
        Assert.Equal(expected, new Money(Numbers.Dec(amount), currency).ToString());
    }
}
