namespace Headless.Api.Auth.Identity;

/// <summary>Return URLs must stay on this server, or the login page becomes an open redirector.</summary>
internal static class LocalUrl
{
    public static string? OrNull(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return null;
        }

        // "//host" and "/\host" are read by browsers as another host.
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return null;
        }

        return url.Any(char.IsControl) ? null : url;
    }
}
