using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Headless.Auth.Tests.Support;

/// <summary>Proof Key for Code Exchange (RFC 7636), S256.</summary>
public static class Pkce
{
    public static string NewVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string ChallengeOf(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
