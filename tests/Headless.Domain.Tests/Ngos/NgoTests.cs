using Headless.Domain.Ngos;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Ngos;

public sealed class NgoTests
{
    private static NgoDetails Details(
        string slug = "plan-international",
        string name = "Plan International",
        string? website = "https://plan-international.org",
        string country = "gb",
        string currency = "gbp",
        string? logoUrl = null,
        string? description = null) =>
        new(slug, name, description, website, country, currency, logoUrl);

    [Fact]
    public void Create_normalises_every_field()
    {
        var ngo = Ngo.Create(Details(slug: " plan-international ", name: "  Plan International ", description: "  "), Utc.March(1));

        Assert.Equal("plan-international", ngo.Slug);
        Assert.Equal("Plan International", ngo.Name);
        Assert.Null(ngo.Description);
        Assert.Equal("https://plan-international.org/", ngo.Website);
        Assert.Equal("GB", ngo.Country);
        Assert.Equal("GBP", ngo.DefaultCurrency);
        Assert.Null(ngo.LogoUrl);
        Assert.Equal(Utc.March(1), ngo.CreatedAt);
        Assert.False(ngo.IsArchived);
        Assert.NotEqual(Guid.Empty, ngo.Id);
    }

    [Theory]
    [InlineData("a", "INVALID_SLUG")]
    [InlineData("Plan-International", "INVALID_SLUG")]
    [InlineData("plan--international", "INVALID_SLUG")]
    [InlineData(" ", "REQUIRED")]
    public void Create_rejects_a_bad_slug(string slug, string code)
    {
        DomainAssert.Broken(() => Ngo.Create(Details(slug: slug), Utc.March(1)), "slug", code);
    }

    [Theory]
    [InlineData("blank name", "name", "REQUIRED")]
    [InlineData("long description", "description", "TOO_LONG")]
    [InlineData("ftp website", "website", "INVALID_URL")]
    [InlineData("relative logo", "logoUrl", "INVALID_URL")]
    [InlineData("three-letter country", "country", "INVALID_COUNTRY")]
    [InlineData("symbol currency", "defaultCurrency", "INVALID_CURRENCY")]
    public void Create_names_the_field_that_breaks_a_rule(string brokenRule, string field, string code)
    {
        var details = brokenRule switch
        {
            "blank name" => Details(name: " "),
            "long description" => Details(description: new string('x', 4001)),
            "ftp website" => Details(website: "ftp://plan-international.org"),
            "relative logo" => Details(logoUrl: "logo.png"),
            "three-letter country" => Details(country: "GBR"),
            _ => Details(currency: "£"),
        };

        DomainAssert.Broken(() => Ngo.Create(details, Utc.March(1)), field, code);
    }

    [Fact]
    public void A_name_is_limited_to_200_characters()
    {
        Assert.Equal(200, Ngo.Create(Details(name: new string('n', 200)), Utc.March(1)).Name.Length);
        DomainAssert.Broken(() => Ngo.Create(Details(name: new string('n', 201)), Utc.March(1)), "name", "TOO_LONG");
    }

    [Fact]
    public void Create_refuses_a_local_time()
    {
        DomainAssert.Broken(() => Ngo.Create(Details(), Utc.LocalTime()), "now", "NOT_UTC");
    }

    [Fact]
    public void Update_changes_everything_but_the_slug()
    {
        var ngo = Ngo.Create(Details(), Utc.March(1));

        ngo.Update(Details(slug: "another-slug", name: "Plan France", country: "fr", currency: "eur", website: null, logoUrl: "https://cdn.example.org/logo.png", description: "Girls' rights"));

        Assert.Equal("plan-international", ngo.Slug);
        Assert.Equal("Plan France", ngo.Name);
        Assert.Equal("FR", ngo.Country);
        Assert.Equal("EUR", ngo.DefaultCurrency);
        Assert.Null(ngo.Website);
        Assert.Equal("https://cdn.example.org/logo.png", ngo.LogoUrl);
        Assert.Equal("Girls' rights", ngo.Description);
    }

    [Fact]
    public void Archiving_keeps_the_first_archive_time()
    {
        var ngo = Ngo.Create(Details(), Utc.March(1));

        ngo.Archive(Utc.March(2));
        ngo.Archive(Utc.March(3));

        Assert.True(ngo.IsArchived);
        Assert.Equal(Utc.March(2), ngo.ArchivedAt);
    }

    [Theory]
    [InlineData("relative logo", "logoUrl", "INVALID_URL")]
    [InlineData("symbol currency", "defaultCurrency", "INVALID_CURRENCY")]
    [InlineData("ftp website", "website", "INVALID_URL")]
    public void A_refused_update_leaves_the_ngo_as_it_was(string brokenRule, string field, string code)
    {
        var ngo = Ngo.Create(Details(description: "Girls' rights"), Utc.March(1));
        var changed = Details(name: "Plan France", country: "fr", currency: "eur", website: "https://plan.fr", logoUrl: "https://plan.fr/logo.png", description: "Droits des filles");
        var details = brokenRule switch
        {
            "relative logo" => changed with { LogoUrl = "logo.png" },
            "symbol currency" => changed with { DefaultCurrency = "€" },
            _ => changed with { Website = "ftp://plan.fr" },
        };

        DomainAssert.Broken(() => ngo.Update(details), field, code);

        Assert.Equal("Plan International", ngo.Name);
        Assert.Equal("Girls' rights", ngo.Description);
        Assert.Equal("https://plan-international.org/", ngo.Website);
        Assert.Equal("GB", ngo.Country);
        Assert.Equal("GBP", ngo.DefaultCurrency);
        Assert.Null(ngo.LogoUrl);
    }
}
