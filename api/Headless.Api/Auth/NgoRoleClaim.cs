using Headless.Domain.Members;

namespace Headless.Api.Auth;

/// <summary>The value of an <see cref="HeadlessClaims.NgoRole"/> claim: <c>{ngoId:N}:{ROLE}</c>.</summary>
public static class NgoRoleClaim
{
    public static string Format(Guid ngoId, MemberRole role) => $"{ngoId:N}:{role.ToString().ToUpperInvariant()}";

    public static bool TryParse(string? value, out Guid ngoId, out MemberRole role)
    {
        ngoId = Guid.Empty;
        role = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var separator = value.IndexOf(':', StringComparison.Ordinal);
        var roleName = value.AsSpan(separator + 1);

        // Role names only: a number would parse as an enum value too.
        return separator > 0
            && roleName.Length > 0 && char.IsLetter(roleName[0])
            && Guid.TryParseExact(value.AsSpan(0, separator), "N", out ngoId)
            && Enum.TryParse(roleName, ignoreCase: true, out role)
            && Enum.IsDefined(role);
    }
}
