using System.Buffers.Text;
using System.Security.Cryptography;

namespace Headless.Api.Auth.Clients;

internal static class ClientSecrets
{
    /// <summary>32 random bytes, URL-safe: shown once, stored only as OpenIddict's hash.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
