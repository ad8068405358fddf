using Headless.Domain.Common;

namespace Headless.Domain.ApiClients;

/// <summary>
/// Redirect URIs of front ends: absolute https URIs without fragment (http only for loopback, as
/// native and development apps need), at most ten.
/// </summary>
public static class RedirectUriRules
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<string>? uris)
    {
        if (uris is not { Count: > 0 } || uris.Count > 10)
        {
            throw new DomainRuleException("redirectUris", "INVALID_COUNT", "Give between one and ten redirect URIs.");
        }

        var result = new List<string>();
        for (var i = 0; i < uris.Count; i++)
        {
            var field = $"redirectUris.{i}";
            if (!Uri.TryCreate(uris[i]?.Trim(), UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new DomainRuleException(field, "INVALID_URL", "A redirect URI must be absolute and have no fragment.");
            }

            var loopbackHttp = uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
            if (uri.Scheme != Uri.UriSchemeHttps && !loopbackHttp)
            {
                throw new DomainRuleException(field, "INSECURE_URL", "A redirect URI must use https (http only on loopback).");
            }

            result.Add(uri.ToString());
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }
}
