using Headless.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class CampaignChildrenConfiguration :
    IEntityTypeConfiguration<CampaignHashtag>,
    IEntityTypeConfiguration<CampaignPhase>,
    IEntityTypeConfiguration<DonationLink>
{
    public void Configure(EntityTypeBuilder<CampaignHashtag> builder)
    {
        builder.ToTable("CampaignHashtags");
        builder.HasKey(h => new { h.CampaignId, h.Key });
        builder.Property(h => h.Key).HasMaxLength(100);
        builder.Property(h => h.Text).HasMaxLength(100);
        builder.HasIndex(h => h.Key);
    }

    public void Configure(EntityTypeBuilder<CampaignPhase> builder)
    {
        builder.ToTable("CampaignPhases");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.RelaunchMessage).HasMaxLength(280);
        builder.HasIndex(p => new { p.CampaignId, p.StartsAt });
    }

    public void Configure(EntityTypeBuilder<DonationLink> builder)
    {
        builder.ToTable("DonationLinks");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Platform).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Url).HasMaxLength(2048);
        builder.Property(l => l.Label).HasMaxLength(100);
    }
}
