using Microsoft.AspNetCore.Identity;

namespace TradingDashboard.Security.Users;

/// <summary>Identity's errors as <see cref="UserChangeResult"/> field errors keyed by <see cref="NewUser"/> property.</summary>
internal static class UserChangeErrors
{
    public static UserChangeResult Failed(string field, string message) =>
        new(null, new Dictionary<string, string> { [field] = message });

    public static UserChangeResult Failed(IdentityResult result)
    {
        var errors = new Dictionary<string, string>();
        foreach (var error in result.Errors)
        {
            var field = FieldOf(error.Code);
            errors[field] = errors.TryGetValue(field, out var existing) ? $"{existing} {error.Description}" : error.Description;
        }

        return new UserChangeResult(null, errors);
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewUser.TemporaryPassword),
        _ when code.Contains("UserName", StringComparison.Ordinal) => nameof(NewUser.UserName),
        _ when code.Contains("Email", StringComparison.Ordinal) => nameof(NewUser.Email),
        _ when code.Contains("Role", StringComparison.Ordinal) => nameof(NewUser.Role),
        _ => string.Empty,
    };
}
