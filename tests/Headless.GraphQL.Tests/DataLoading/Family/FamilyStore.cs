using System.Collections.Concurrent;

namespace Headless.GraphQL.Tests.DataLoading.Family;

/// <summary>
/// The data behind the family schema, and a log of every batch the loaders asked for. Child
/// <c>n</c> exists unless listed in <see cref="MissingChildIds"/>; it owns <c>n % 3</c> toys.
/// </summary>
internal sealed class FamilyStore
{
    public ConcurrentQueue<int[]> ChildBatches { get; } = new();

    public ConcurrentQueue<int[]> ToyBatches { get; } = new();

    public HashSet<int> MissingChildIds { get; } = [];

    public bool Unavailable { get; set; }

    public Task<IReadOnlyDictionary<int, Child>> FindChildrenAsync(IReadOnlyList<int> ids)
    {
        ChildBatches.Enqueue([.. ids]);
        if (Unavailable)
        {
            throw new InvalidOperationException("The child store is unavailable.");
        }

        IReadOnlyDictionary<int, Child> found = ids
            .Where(id => !MissingChildIds.Contains(id))
            .ToDictionary(id => id, id => new Child(id, $"child-{id}", id + 1000));
        return Task.FromResult(found);
    }

    public async Task<ILookup<int, Toy>> FindToysAsync(IReadOnlyList<int> ownerIds)
    {
        ToyBatches.Enqueue([.. ownerIds]);

        // Yield so the batch completes asynchronously, as a database round trip would.
        await Task.Yield();
        return ownerIds
            .SelectMany(owner => Enumerable.Range(0, owner % 3).Select(n => new Toy(owner, $"toy-{owner}-{n}")))
            .ToLookup(toy => toy.OwnerId);
    }
}
