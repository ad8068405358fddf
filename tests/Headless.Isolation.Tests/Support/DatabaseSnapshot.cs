using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Headless.Data;
using Microsoft.EntityFrameworkCore;

namespace Headless.Isolation.Tests.Support;

/// <summary>
/// Every table of the model (domain, identity and OAuth tables alike), as a row count and a checksum of
/// its rows: two snapshots around a refused call must be equal, whatever the call could have touched.
/// </summary>
public sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, (int Rows, string Checksum)> _tables;

    private DatabaseSnapshot(Dictionary<string, (int Rows, string Checksum)> tables)
    {
        _tables = tables;
    }

    public static async Task<DatabaseSnapshot> TakeAsync(HeadlessDbContextFactory contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var table in TableNames(db))
        {
            tables[table] = await ReadAsync(connection, table);
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>The table an entity type is stored in.</summary>
    public static string TableOf(HeadlessDbContext db, Type entity)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.FindEntityType(entity)?.GetTableName() ?? throw new ArgumentException($"{entity.Name} is not mapped.", nameof(entity));
    }

    /// <summary>The tables whose rows differ in <paramref name="later"/>, with their row counts before and after.</summary>
    public IReadOnlyList<string> ChangesIn(DatabaseSnapshot later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return [.. _tables.Keys.Union(later._tables.Keys)
            .Where(t => !_tables.TryGetValue(t, out var before) || !later._tables.TryGetValue(t, out var after) || before != after)
            .Order(StringComparer.Ordinal)
            .Select(t => $"{t} ({Rows(this, t)} → {Rows(later, t)} rows)")];
    }

    public bool Changed(DatabaseSnapshot later, string table)
    {
        ArgumentNullException.ThrowIfNull(later);
        return _tables[table] != later._tables[table];
    }

    private static string Rows(DatabaseSnapshot snapshot, string table) =>
        snapshot._tables.TryGetValue(table, out var state) ? state.Rows.ToString(CultureInfo.InvariantCulture) : "none";

    private static IEnumerable<string> TableNames(HeadlessDbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal);

    private static async Task<(int, string)> ReadAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the EF Core model, not from input.
        command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Text(reader.GetValue(i));
                }

                rows.Add(string.Join('|', values));
            }
        }

        // Row order is not guaranteed without ORDER BY: the checksum must not depend on it.
        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)));
        return (rows.Count, Convert.ToHexString(hash));
    }

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        string text => text,
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(',', items.Cast<object>().Select(Text)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
