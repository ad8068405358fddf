namespace Headless.Schema.Access;

public sealed record DirectoryUser(Guid Id, string Email, string DisplayName);
