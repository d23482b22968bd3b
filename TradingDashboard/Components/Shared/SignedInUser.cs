using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Components.Shared;

/// <summary>The <see cref="AccessUser"/> behind a component's cascading authentication state.</summary>
public static class SignedInUser
{
    /// <returns>The user, or <see langword="null"/> when nobody is signed in (or no state cascades).</returns>
    public static async Task<AccessUser?> ResolveAsync(Task<AuthenticationState>? authenticationState) =>
        authenticationState is null ? null : AccessUser.FromPrincipal((await authenticationState.ConfigureAwait(false)).User);
}
