using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Headless.Data.Conventions;

/// <summary>
/// Every time in Headless is UTC. SQLite and SQL Server hand back unspecified kinds, and PostgreSQL's
/// timestamptz refuses them on write, so the kind is pinned both ways.
/// </summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
