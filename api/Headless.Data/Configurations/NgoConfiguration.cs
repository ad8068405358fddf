using Headless.Domain.Ngos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Headless.Data.Configurations;

internal sealed class NgoConfiguration : IEntityTypeConfiguration<Ngo>
{
    public void Configure(EntityTypeBuilder<Ngo> builder)
    {
        builder.ToTable("Ngos");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Slug).HasMaxLength(64);
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.Property(n => n.Name).HasMaxLength(200);
        builder.Property(n => n.Description).HasMaxLength(4000);
        builder.Property(n => n.Website).HasMaxLength(2048);
        builder.Property(n => n.LogoUrl).HasMaxLength(2048);
        builder.Property(n => n.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(n => n.DefaultCurrency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(n => n.IsArchived);
    }
}
