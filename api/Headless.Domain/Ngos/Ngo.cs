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
        Name = Guard.Required(details.Name, "name", 200);
        Description = Guard.Optional(details.Description, "description", 4000);
        Website = Guard.OptionalUrl(details.Website, "website");
        Country = CountryCode.Normalize(details.Country, "country");
        DefaultCurrency = CurrencyCode.Normalize(details.DefaultCurrency, "defaultCurrency");
        LogoUrl = Guard.OptionalUrl(details.LogoUrl, "logoUrl");
    }

    public void Archive(DateTime now) => ArchivedAt ??= Guard.Utc(now, "now");
}
