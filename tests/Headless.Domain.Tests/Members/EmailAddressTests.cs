using Headless.Domain.Members;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Members;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("camille@example.org", "camille@example.org")]
    [InlineData("  Camille.Martin@Croix-Rouge.fr ", "Camille.Martin@Croix-Rouge.fr")]
    [InlineData("ops+field@plan-international.org", "ops+field@plan-international.org")]
    public void A_plain_address_is_kept_trimmed(string input, string expected)
    {
        Assert.Equal(expected, EmailAddress.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_address_is_required(string? input)
    {
        DomainAssert.Broken(() => EmailAddress.Normalize(input), "email", "REQUIRED");
    }

    [Theory]
    [InlineData("camille")]
    [InlineData("camille@")]
    [InlineData("@example.org")]
    [InlineData("camille@localhost")]
    [InlineData("Camille <camille@example.org>")]
    [InlineData("camille@example.org, dominique@example.org")]
    public void Anything_but_one_bare_routable_address_is_rejected(string input)
    {
        DomainAssert.Broken(() => EmailAddress.Normalize(input), "email", "INVALID_EMAIL");
    }

    [Fact]
    public void An_address_longer_than_smtp_allows_is_rejected()
    {
        var input = new string('a', EmailAddress.MaxLength) + "@example.org";

        DomainAssert.Broken(() => EmailAddress.Normalize(input), "email", "INVALID_EMAIL");
    }

    [Fact]
    public void The_error_names_the_field_it_was_given()
    {
        DomainAssert.Broken(() => EmailAddress.Normalize("nope", "ownerEmail"), "ownerEmail", "INVALID_EMAIL");
    }
}
