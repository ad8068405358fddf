using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Providers;

public sealed class SqlServerHeadlessDbContext(DbContextOptions options) : HeadlessDbContext(options);
