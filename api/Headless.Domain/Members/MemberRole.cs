namespace Headless.Domain.Members;

/// <summary>A member's role in an NGO, from least to most powerful: each role can do what the ones below it can.</summary>
public enum MemberRole
{
    Viewer = 1,
    Editor = 2,
    Admin = 3,
    Owner = 4,
}
