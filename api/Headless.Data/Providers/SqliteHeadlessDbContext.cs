using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Providers;

public sealed class SqliteHeadlessDbContext(DbContextOptions options) : HeadlessDbContext(options);
