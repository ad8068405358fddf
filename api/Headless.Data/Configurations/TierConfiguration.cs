using Headless.Domain.Campaigns;
using Headless.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class TierConfiguration : IEntityTypeConfiguration<DonationTier>
{
    public void Configure(EntityTypeBuilder<DonationTier> builder)
    {
        builder.ToTable("Tiers");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.Reward).HasMaxLength(500);
        builder.Property(t => t.AmountType).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(t => t.Presets);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.RemainingQuantity);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.CampaignId, t.SortOrder });
    }
}
