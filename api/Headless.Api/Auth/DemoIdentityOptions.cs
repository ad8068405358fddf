namespace Headless.Api.Auth;

/// <summary>
/// The <c>Auth:Demo</c> section: well-known users and clients for local development. Refused
/// outside the Development and Testing environments, so these credentials never open a real server.
/// </summary>
public sealed class DemoIdentityOptions
{
    public bool Enabled { get; set; }

    /// <summary>The password of every demo user.</summary>
    public string? Password { get; set; }

    /// <summary>The secret of every demo confidential client (<c>demo-{ngo-slug}</c>).</summary>
    public string? ClientSecret { get; set; }
}
