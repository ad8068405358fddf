namespace Headless.Domain.Accounts;

/// <summary>The place of an account in an NGO's staircase.</summary>
public enum AccountRole
{
    Hub,
    Regional,
    Local,
    Ambassador,
    Staff,
}
