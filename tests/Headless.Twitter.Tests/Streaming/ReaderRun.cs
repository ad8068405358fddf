using System.Collections.Concurrent;
using System.Threading.Channels;
using Headless.Twitter.Payloads;
using Headless.Twitter.Streaming;
using Headless.Twitter.Tests.Support;

namespace Headless.Twitter.Tests.Streaming;

/// <summary>A <see cref="FilteredStreamReader"/> running in the background into a channel, with its reconnect events recorded.</summary>
internal sealed class ReaderRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public ReaderRun(TestServices services, int capacity = 100)
    {
        Reader = services.Get<FilteredStreamReader>();
        Reader.Reconnecting += (_, e) => Reconnects.Enqueue(e);
        Channel = System.Threading.Channels.Channel.CreateBounded<XStreamMessage>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
        Running = Task.Run(() => Reader.RunAsync(Channel.Writer, null, _stop.Token));
    }

    public FilteredStreamReader Reader { get; }

    public Channel<XStreamMessage> Channel { get; }

    public ConcurrentQueue<StreamReconnectEventArgs> Reconnects { get; } = new();

    public Task Running { get; }

    public Task WaitForReconnectsAsync(int count) =>
        Eventually.TrueAsync(() => Reconnects.Count >= count, $"{count} reconnections are scheduled");

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Eventually.ResultAsync(Running.ContinueWith(_ => true, TaskScheduler.Default), "the reader to stop");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
