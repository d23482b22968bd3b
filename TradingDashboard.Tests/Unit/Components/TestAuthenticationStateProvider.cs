using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TradingDashboard.Core.Access;

namespace TradingDashboard.Tests.Unit.Components;

/// <summary>The signed-in user as the web app's cookie authentication would present them: id, name and role claims.</summary>
internal sealed class TestAuthenticationStateProvider : AuthenticationStateProvider
{
    private ClaimsPrincipal _principal = new(new ClaimsIdentity());

    public void SignIn(AccessUser? user)
    {
        _principal = user is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, user.UserId),
                    new Claim(ClaimTypes.Name, user.UserName),
                    new Claim(ClaimTypes.Role, user.IsAdmin ? Roles.Admin : Roles.Trader),
                ],
                authenticationType: "Test"));
        NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
    }

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(_principal));
}
