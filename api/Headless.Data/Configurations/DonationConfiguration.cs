using Headless.Domain.Campaigns;
using Headless.Domain.Donations;
using Headless.Domain.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.ToTable("Donations");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(d => d.Platform).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.ExternalReference).HasMaxLength(200);
        builder.Property(d => d.DonorName).HasMaxLength(100);
        builder.Ignore(d => d.Money);
        builder.Ignore(d => d.IsRefunded);

        // The platform's own id is the idempotency key: replays and concurrent duplicates hit this index.
        builder.HasIndex(d => new { d.Platform, d.ExternalReference }).IsUnique();
        builder.HasIndex(d => new { d.CampaignId, d.ReceivedAt });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // Restrict, not cascade: SQL Server refuses two cascade paths (campaign → donation and campaign → tier → donation).
        builder.HasOne<DonationTier>().WithMany().HasForeignKey(d => d.TierId).OnDelete(DeleteBehavior.Restrict);
    }
}
