using System.Text;
using System.Text.Encodings.Web;

namespace Headless.Api.Auth.Identity;

/// <summary>The account pages' minimal HTML; every value is encoded.</summary>
internal static class LoginPage
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string LoginForm(string antiforgeryToken, string? returnUrl, string? email, string? error)
    {
        var body = new StringBuilder();
        body.Append("<h1>Sign in to Headless</h1>");
        AppendError(body, error);
        body.Append("<form method=\"post\" action=\"").Append(AccountPaths.Login).Append("\">");
        AppendHidden(body, AntiforgeryField, antiforgeryToken);
        AppendHidden(body, "returnUrl", returnUrl);
        body.Append("<label>E-mail <input type=\"email\" name=\"email\" autocomplete=\"username\" required value=\"")
            .Append(Html.Encode(email ?? string.Empty)).Append("\"></label>");
        body.Append("<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>");
        body.Append("<button type=\"submit\">Sign in</button></form>");
        return Layout("Sign in", body.ToString());
    }

    public static string SignedIn(string displayName) =>
        Layout("Signed in", $"<h1>Signed in</h1><p>You are signed in as {Html.Encode(displayName)}.</p><p><a href=\"{AccountPaths.Logout}\">Sign out</a></p>");

    public static string LogoutForm(string antiforgeryToken)
    {
        var body = new StringBuilder("<h1>Sign out</h1><form method=\"post\" action=\"").Append(AccountPaths.Logout).Append("\">");
        AppendHidden(body, AntiforgeryField, antiforgeryToken);
        body.Append("<button type=\"submit\">Sign out</button></form>");
        return Layout("Sign out", body.ToString());
    }

    public static string SignedOut() =>
        Layout("Signed out", $"<h1>Signed out</h1><p><a href=\"{AccountPaths.Login}\">Sign in again</a></p>");

    public static string FormExpired() =>
        Layout("Form expired", $"<h1>This form has expired</h1><p><a href=\"{AccountPaths.Login}\">Reload the sign-in page</a> and try again.</p>");

    private static void AppendError(StringBuilder body, string? error)
    {
        if (error is not null)
        {
            body.Append("<p role=\"alert\" class=\"error\">").Append(Html.Encode(error)).Append("</p>");
        }
    }

    private static void AppendHidden(StringBuilder body, string name, string? value)
    {
        if (value is not null)
        {
            body.Append("<input type=\"hidden\" name=\"").Append(Html.Encode(name)).Append("\" value=\"").Append(Html.Encode(value)).Append("\">");
        }
    }

    private static string Layout(string title, string body) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Encode(title)}} · Headless</title>
        <style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label,button{display:block;margin:.75rem 0}input{width:100%;padding:.4rem}.error{color:#b00020}</style>
        </head><body>{{body}}</body></html>
        """;
}
