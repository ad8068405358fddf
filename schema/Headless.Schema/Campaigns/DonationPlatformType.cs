using GraphQL.Types;
using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed class DonationPlatformType : EnumerationGraphType<DonationPlatform>
{
    public DonationPlatformType()
    {
        Name = "DonationPlatform";
    }
}
