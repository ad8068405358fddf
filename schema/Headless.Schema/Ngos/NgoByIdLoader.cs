using Headless.Data;
using Headless.Domain.Ngos;
using Headless.Schema.Common;

namespace Headless.Schema.Ngos;

public sealed class NgoByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : EntityByIdLoader<Ngo>(contexts, viewer)
{
    protected override IQueryable<Ngo> Source(HeadlessDbContext db) => db.Ngos;
}
