using Headless.Twitter.Payloads;

namespace Headless.Twitter.Client;

internal sealed record XUsersResponse(IReadOnlyList<XUser>? Data, IReadOnlyList<XProblem>? Errors);
