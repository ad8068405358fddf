namespace Headless.Api.Auth.Demo;

/// <summary>The well-known demo identities (Development only), documented in the README.</summary>
public static class DemoAccounts
{
    public const string AdminEmail = "admin@headless.demo";

    public const string FrontEndClientId = "headless-demo-frontend";

    public static readonly IReadOnlyList<string> FrontEndRedirectUris =
    [
        "http://localhost:3000/callback",
        "http://localhost:5173/callback",
        "http://localhost:5080/graphql/graphiql/callback",
    ];

    public static string OwnerEmail(string ngoSlug) => $"owner@{ngoSlug}.demo";

    public static string EditorEmail(string ngoSlug) => $"editor@{ngoSlug}.demo";

    public static string ClientId(string ngoSlug) => $"demo-{ngoSlug}";
}
