namespace Headless.Api.Auth.Demo;

/// <summary>What one demo seeding run added.</summary>
public sealed record DemoIdentityCounts(int Users, int Memberships, int Clients)
{
    public int Total => Users + Memberships + Clients;
}
