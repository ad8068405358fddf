using Microsoft.EntityFrameworkCore;

namespace Headless.Testing.Tests.Sql;

public sealed class SqlCommandCounterTests
{
    [Fact]
    public void Counts_each_query_a_context_sends()
    {
        var counter = new SqlCommandCounter();
        using var context = NotesContext.Create(counter);
        counter.Reset();

        _ = context.Notes.ToList();
        _ = context.Notes.Count();

        Assert.Equal(2, counter.Count);
    }

    [Fact]
    public async Task Counts_async_reads_writes_and_raw_commands_with_their_sql()
    {
        var counter = new SqlCommandCounter();
        await using var context = NotesContext.Create(counter);
        counter.Reset();

        context.Notes.Add(new Note { Body = "#PerfectGift: $1 per retweet" });
        await context.SaveChangesAsync();
        _ = await context.Notes.ToListAsync();
        _ = await context.Database.ExecuteSqlRawAsync("DELETE FROM \"Notes\"");

        Assert.Equal(3, counter.Count);
        Assert.Contains("INSERT", counter.CommandTexts[0], StringComparison.Ordinal);
        Assert.Contains("SELECT", counter.CommandTexts[1], StringComparison.Ordinal);
        Assert.Contains("DELETE", counter.CommandTexts[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_scalar_commands()
    {
        var counter = new SqlCommandCounter();
        using var context = NotesContext.Create(counter);
        counter.Reset();

        // The tables exist, so EnsureCreated only runs its scalar "are there tables?" check.
        var created = context.Database.EnsureCreated();

        Assert.False(created);
        Assert.Contains("sqlite_master", Assert.Single(counter.CommandTexts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_async_scalar_commands()
    {
        var counter = new SqlCommandCounter();
        await using var context = NotesContext.Create(counter);
        counter.Reset();

        var created = await context.Database.EnsureCreatedAsync();

        Assert.False(created);
        Assert.Contains("sqlite_master", Assert.Single(counter.CommandTexts), StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_forgets_the_commands_counted_so_far()
    {
        var counter = new SqlCommandCounter();
        using var context = NotesContext.Create(counter);
        Assert.NotEqual(0, counter.Count);

        counter.Reset();

        Assert.Equal(0, counter.Count);
        Assert.Empty(counter.CommandTexts);
    }

    [Fact]
    public async Task Counts_every_command_of_contexts_running_in_parallel()
    {
        const int contexts = 4;
        const int queriesPerContext = 25;
        var counter = new SqlCommandCounter();
        var contextsReady = Enumerable.Range(0, contexts).Select(_ => NotesContext.Create(counter)).ToList();
        counter.Reset();

        await Task.WhenAll(contextsReady.Select(context => Task.Run(async () =>
        {
            await using (context)
            {
                for (var query = 0; query < queriesPerContext; query++)
                {
                    _ = await context.Notes.CountAsync();
                }
            }
        })));

        Assert.Equal(contexts * queriesPerContext, counter.Count);
        Assert.Equal(contexts * queriesPerContext, counter.CommandTexts.Count);
    }
}
