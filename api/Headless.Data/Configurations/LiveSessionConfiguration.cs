using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class LiveSessionConfiguration :
    IEntityTypeConfiguration<LiveSession>,
    IEntityTypeConfiguration<LiveSessionHashtag>,
    IEntityTypeConfiguration<LiveSessionAccount>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.ToTable("LiveSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Slug).HasMaxLength(64);
        builder.HasIndex(s => new { s.NgoId, s.Slug }).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.PlaceName).HasMaxLength(200);
        builder.Ignore(s => s.Status);
        builder.HasIndex(s => s.ScheduledStartAt);
        builder.HasOne<Ngo>().WithMany().HasForeignKey(s => s.NgoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Hashtags).WithOne().HasForeignKey(h => h.LiveSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Hashtags).HasField("_hashtags").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Accounts).WithOne().HasForeignKey(a => a.LiveSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Accounts).HasField("_accounts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<LiveSessionHashtag> builder)
    {
        builder.ToTable("LiveSessionHashtags");
        builder.HasKey(h => new { h.LiveSessionId, h.Key });
        builder.Property(h => h.Key).HasMaxLength(100);
        builder.Property(h => h.Text).HasMaxLength(100);
        builder.HasIndex(h => h.Key);
    }

    public void Configure(EntityTypeBuilder<LiveSessionAccount> builder)
    {
        builder.ToTable("LiveSessionAccounts");
        builder.HasKey(a => new { a.LiveSessionId, a.AccountId });

        // NoAction: the NGO → session and NGO → account paths would otherwise both cascade here on SQL Server.
        builder.HasOne<TwitterAccount>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
