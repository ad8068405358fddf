using Headless.Domain.Common;

namespace Headless.Domain.Ngos;

/// <summary>A partner NGO: the tenant that owns accounts, campaigns and sessions.</summary>
public sealed class Ngo : Entity
{
    private Ngo()
    {
        Slug = Name = Country = DefaultCurrency = string.Empty;
    }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public string? Website { get; private set; }

    public string Country { get; private set; }

    public string DefaultCurrency { get; private set; }

    public string? LogoUrl { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public static Ngo Create(NgoDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var ngo = new Ngo
        {
            Slug = Guard.Slug(details.Slug, "slug"),
            CreatedAt = Guard.Utc(now, "now"),
        };
        ngo.Update(details with { Slug = ngo.Slug });
        return ngo;
    }

    /// <summary>Changes everything but the slug, which public URLs depend on.</summary>
    public void Update(NgoDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);

        // Checked in full first, so a refused update leaves the NGO as it was.
        var name = Guard.Required(details.Name, "name", 200);
        var description = Guard.Optional(details.Description, "description", 4000);
        var website = Guard.OptionalUrl(details.Website, "website");
        var country = CountryCode.Normalize(details.Country, "country");
        var defaultCurrency = CurrencyCode.Normalize(details.DefaultCurrency, "defaultCurrency");
        var logoUrl = Guard.OptionalUrl(details.LogoUrl, "logoUrl");

        Name = name;
        Description = description;
        Website = website;
        Country = country;
        DefaultCurrency = defaultCurrency;
        LogoUrl = logoUrl;
    }

    public void Archive(DateTime now) => ArchivedAt ??= Guard.Utc(now, "now");
}
