using Headless.Twitter.Payloads;

namespace Headless.Twitter.Users;

/// <summary>Users found by username, and the usernames X does not know (or has suspended).</summary>
public sealed record XUserLookupResult(IReadOnlyList<XUser> Users, IReadOnlyList<string> NotFound);
