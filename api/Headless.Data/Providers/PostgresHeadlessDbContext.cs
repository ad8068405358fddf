using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Providers;

public sealed class PostgresHeadlessDbContext(DbContextOptions options) : HeadlessDbContext(options);
