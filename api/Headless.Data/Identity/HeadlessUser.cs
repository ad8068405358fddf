using Microsoft.AspNetCore.Identity;

namespace Headless.Data.Identity;

/// <summary>A person who signs in: NGO members and platform administrators.</summary>
public sealed class HeadlessUser : IdentityUser<Guid>
{
    public HeadlessUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Platform administrators onboard NGOs; they are not members of any NGO by that alone.</summary>
    public bool IsPlatformAdmin { get; set; }
}
