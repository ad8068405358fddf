namespace Headless.Isolation.Tests.Support;

/// <summary>What an operation requires: a role in the NGO that owns the target, or platform administration.</summary>
public enum Need
{
    Viewer,
    Editor,
    Admin,
    Owner,
    PlatformAdmin,
}
