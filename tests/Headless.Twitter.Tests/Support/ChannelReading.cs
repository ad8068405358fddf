using System.Threading.Channels;

namespace Headless.Twitter.Tests.Support;

public static class ChannelReading
{
    public static async Task<List<T>> TakeAsync<T>(this ChannelReader<T> reader, int count)
    {
        using var giveUp = Eventually.GiveUpToken();
        var items = new List<T>();
        while (items.Count < count)
        {
            items.Add(await reader.ReadAsync(giveUp.Token));
        }

        return items;
    }

    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerable<T> source, int count)
    {
        using var giveUp = Eventually.GiveUpToken();
        var items = new List<T>();
        await foreach (var item in source.WithCancellation(giveUp.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }
}
