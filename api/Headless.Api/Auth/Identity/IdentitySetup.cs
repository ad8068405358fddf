using Headless.Data;
using Headless.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Headless.Api.Auth.Identity;

internal static class IdentitySetup
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Users with hashed passwords and lockout, and the sign-in cookie of the login page. No scheme
    /// is made the default: /graphql authenticates by bearer token alone, never by this cookie.
    /// </summary>
    public static IServiceCollection AddHeadlessIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<HeadlessUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<HeadlessDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, options =>
        {
            options.Cookie.Name = "headless.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = AccountPaths.Login;
            options.LogoutPath = AccountPaths.Logout;
            options.AccessDeniedPath = AccountPaths.Login;
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "headless.antiforgery";
            options.FormFieldName = LoginPage.AntiforgeryField;
        });
        return services;
    }
}
