using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Ngos;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>The NGO itself: onboarding (platform administrators), details (ADMIN), archiving (OWNER).</summary>
internal static class NgoCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] ngos = [typeof(Ngo)];

        yield return Case("createNgo", Need.PlatformAdmin, ngos, _ => Ready(new { slug = TestData.Unique("ngo-"), name = "Eau Vive", country = "SN", defaultCurrency = "XOF", website = "https://eauvive.example.org" }));

        yield return Case("updateNgo", Need.Admin, ngos, t => Ready(new { ngoId = t.GlobalId, name = TestData.Unique("Eau Vive "), description = "Wells and sanitation.", country = "SN", defaultCurrency = "EUR" }));

        // Archiving is for good: every call gets an NGO of its own.
        yield return Case("archiveNgo", Need.Owner, ngos, t => Ready(new { ngoId = t.GlobalId }), ownTenant: true);
    }
}
