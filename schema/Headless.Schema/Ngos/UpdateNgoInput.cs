namespace Headless.Schema.Ngos;

/// <summary>Everything but the slug, which public URLs depend on.</summary>
public sealed record UpdateNgoInput(
    string NgoId,
    string Name,
    string? Description,
    string? Website,
    string Country,
    string DefaultCurrency,
    string? LogoUrl);
