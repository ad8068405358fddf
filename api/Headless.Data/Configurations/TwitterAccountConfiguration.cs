using Headless.Domain.Accounts;
using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class TwitterAccountConfiguration : IEntityTypeConfiguration<TwitterAccount>
{
    public void Configure(EntityTypeBuilder<TwitterAccount> builder)
    {
        builder.ToTable("Accounts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Handle).HasMaxLength(15);
        builder.Property(a => a.HandleKey).HasMaxLength(15);
        builder.HasIndex(a => a.HandleKey).IsUnique();
        builder.Property(a => a.XUserId).HasMaxLength(20);
        builder.HasIndex(a => a.XUserId);
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.Region).HasMaxLength(100);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Ngo>().WithMany().HasForeignKey(a => a.NgoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TwitterAccount>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.NgoId, a.ParentId });
    }
}
