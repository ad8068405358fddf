using System.Net;
using System.Text.RegularExpressions;

namespace Headless.Auth.Tests.Support;

/// <summary>Fills in the login page as a browser would: GET the form, POST it back with its hidden fields and cookies.</summary>
public static partial class LoginForm
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public sealed record Fields(string AntiforgeryToken, string? ReturnUrl);

    public static async Task<Fields> OpenAsync(HttpClient browser, string url = "/account/login")
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new Fields(Hidden(html, AntiforgeryField) ?? throw new InvalidOperationException("The form has no antiforgery token."), Hidden(html, "returnUrl"));
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient browser, Fields fields, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var values = new List<KeyValuePair<string, string>>
        {
            new(AntiforgeryField, fields.AntiforgeryToken),
            new("email", email),
            new("password", password),
        };
        if (fields.ReturnUrl is not null)
        {
            values.Add(new("returnUrl", fields.ReturnUrl));
        }

        return SubmitAsync(browser, values);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var content = new FormUrlEncodedContent(values);
        return await browser.PostAsync("/account/login", content);
    }

    public static string? Hidden(string html, string name)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match match in HiddenInput().Matches(html))
        {
            if (WebUtility.HtmlDecode(match.Groups["name"].Value) == name)
            {
                return WebUtility.HtmlDecode(match.Groups["value"].Value);
            }
        }

        return null;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
