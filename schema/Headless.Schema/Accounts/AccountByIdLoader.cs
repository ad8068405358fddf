using Headless.Data;
using Headless.Domain.Accounts;
using Headless.Schema.Common;

namespace Headless.Schema.Accounts;

public sealed class AccountByIdLoader(HeadlessDbContextFactory contexts, ViewerAccessor viewer) : EntityByIdLoader<TwitterAccount>(contexts, viewer)
{
    protected override IQueryable<TwitterAccount> Source(HeadlessDbContext db) => db.Accounts;
}
