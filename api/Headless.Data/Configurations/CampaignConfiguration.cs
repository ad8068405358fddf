using Headless.Domain.Campaigns;
using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.HasIndex(c => new { c.NgoId, c.Slug }).IsUnique();
        builder.HasIndex(c => new { c.StartsAt, c.EndsAt });
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(500);
        builder.Property(c => c.Description).HasMaxLength(20_000);
        builder.Property(c => c.GoalType).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Goal);
        builder.Ignore(c => c.IsPublished);
        builder.HasOne<Ngo>().WithMany().HasForeignKey(c => c.NgoId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Hashtags).WithOne().HasForeignKey(h => h.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Hashtags).HasField("_hashtags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Phases).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Phases).HasField("_phases").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.DonationLinks).WithOne().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.DonationLinks).HasField("_donationLinks").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(c => c.MatchingRule, rule =>
        {
            rule.Property(r => r.SponsorName).HasColumnName("PledgeSponsorName").HasMaxLength(200).IsRequired();
            rule.Property(r => r.PerRetweet).HasColumnName("PledgePerRetweet");
            rule.Property(r => r.PerReply).HasColumnName("PledgePerReply");
            rule.Property(r => r.PerQuote).HasColumnName("PledgePerQuote");
            rule.Property(r => r.Cap).HasColumnName("PledgeCap");
            rule.Property(r => r.OncePerAuthor).HasColumnName("PledgeOncePerAuthor");
            rule.Property(r => r.StartsAt).HasColumnName("PledgeStartsAt");
            rule.Property(r => r.EndsAt).HasColumnName("PledgeEndsAt");
        });
    }
}
