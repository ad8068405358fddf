using Headless.Data.Identity;
using Headless.Domain.ApiClients;
using Headless.Domain.Audit;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class AccessConfiguration :
    IEntityTypeConfiguration<Membership>,
    IEntityTypeConfiguration<ApiClient>,
    IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.NgoId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<Ngo>().WithMany().HasForeignKey(m => m.NgoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HeadlessUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.ClientId).HasMaxLength(100);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(c => c.RedirectUris);
        builder.Ignore(c => c.IsRevoked);
        builder.HasIndex(c => c.NgoId);
        builder.HasOne<Ngo>().WithMany().HasForeignKey(c => c.NgoId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ClientId).HasMaxLength(100);
        builder.Property(a => a.Operation).HasMaxLength(100);
        builder.Property(a => a.TargetType).HasMaxLength(100);
        builder.HasIndex(a => new { a.NgoId, a.At });
    }
}
