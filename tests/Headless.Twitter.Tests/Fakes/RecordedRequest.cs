namespace Headless.Twitter.Tests.Fakes;

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string Body);
