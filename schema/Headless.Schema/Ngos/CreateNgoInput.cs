namespace Headless.Schema.Ngos;

/// <summary>A new NGO; <see cref="OwnerEmail"/>, when given, becomes its first OWNER (invited if unknown).</summary>
public sealed record CreateNgoInput(
    string Slug,
    string Name,
    string? Description,
    string? Website,
    string Country,
    string DefaultCurrency,
    string? LogoUrl,
    string? OwnerEmail);
