namespace Headless.Domain.Ngos;

public sealed record NgoDetails(
    string Slug,
    string Name,
    string? Description,
    string? Website,
    string Country,
    string DefaultCurrency,
    string? LogoUrl);
