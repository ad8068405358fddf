using Headless.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class CampaignRecordsConfiguration :
    IEntityTypeConfiguration<ProgressUpdate>,
    IEntityTypeConfiguration<ExpenseLine>,
    IEntityTypeConfiguration<PledgeEngagement>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("ProgressUpdates");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Title).HasMaxLength(200);
        builder.Property(u => u.Body).HasMaxLength(20_000);
        builder.Property(u => u.TweetUrl).HasMaxLength(2048);
        builder.Ignore(u => u.IsPublished);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.CampaignId, u.PublishedAt });
    }

    public void Configure(EntityTypeBuilder<ExpenseLine> builder)
    {
        builder.ToTable("ExpenseLines");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Category).HasMaxLength(100);
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(e => e.Money);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CampaignId, e.SpentOn });
    }

    public void Configure(EntityTypeBuilder<PledgeEngagement> builder)
    {
        builder.ToTable("PledgeEngagements");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TweetXId).HasMaxLength(32);
        builder.Property(e => e.AuthorXId).HasMaxLength(32);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CampaignId, e.TweetXId }).IsUnique();
        builder.HasIndex(e => new { e.CampaignId, e.AuthorXId });
    }
}
