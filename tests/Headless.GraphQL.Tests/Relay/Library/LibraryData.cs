using System.Collections.Concurrent;

namespace Headless.GraphQL.Tests.Relay.Library;

/// <summary>The books and authors behind the library schema, and a log of how they were read.</summary>
internal sealed class LibraryData
{
    public List<Book> Books { get; } = [];

    public List<Author> Authors { get; } = [];

    public ConcurrentQueue<(string TypeName, Guid[] Ids)> NodeLookups { get; } = new();

    public ConcurrentQueue<(int Skip, int Take)> PageFetches { get; } = new();

    public int CountCalls => _countCalls;

    private int _countCalls;

    public static LibraryData WithBooks(int count)
    {
        var data = new LibraryData();
        var author = new Author(Guid.NewGuid(), "Ada");
        data.Authors.Add(author);
        for (var i = 0; i < count; i++)
        {
            data.Books.Add(new Book(Guid.NewGuid(), $"Book {i}", author.Id));
        }

        return data;
    }

    public Task<IReadOnlyList<Book>> FetchBooksAsync(int skip, int take, CancellationToken cancellationToken)
    {
        PageFetches.Enqueue((skip, take));
        IReadOnlyList<Book> page = Books.Skip(skip).Take(take).ToArray();
        return Task.FromResult(page);
    }

    public Task<int> CountBooksAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _countCalls);
        return Task.FromResult(Books.Count);
    }
}
