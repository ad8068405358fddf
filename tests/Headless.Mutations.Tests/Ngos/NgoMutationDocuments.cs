using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Ngos;

internal static class NgoMutationDocuments
{
    public const string Create = "mutation($input: CreateNgoInput!) { createNgo(input: $input) { ngo { id slug name country defaultCurrency } " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateNgoInput!) { updateNgo(input: $input) { ngo { id slug name website } " + Documents.Errors + " } }";

    public const string Archive = "mutation($input: ArchiveNgoInput!) { archiveNgo(input: $input) { ngo { id } " + Documents.Errors + " } }";

    public static object CreateInput(string slug, string? ownerEmail = null, string country = "FR") => new
    {
        input = new { slug, name = "Solidarités Sahel", description = "Water and food.", website = "https://sahel.example.org", country, defaultCurrency = "EUR", logoUrl = (string?)null, ownerEmail },
    };

    public static object UpdateInput(string ngoId, string name = "Renamed NGO", string? website = "https://renamed.example.org") => new
    {
        input = new { ngoId, name, description = "New description.", website, country = "SN", defaultCurrency = "XOF", logoUrl = (string?)null },
    };
}
