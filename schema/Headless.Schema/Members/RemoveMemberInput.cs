namespace Headless.Schema.Members;

public sealed record RemoveMemberInput(string MemberId);
