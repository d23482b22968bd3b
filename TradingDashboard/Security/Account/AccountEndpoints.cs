using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using TradingDashboard.Security.Identity;

namespace TradingDashboard.Security.Account;

/// <summary>Sign-out: a POST with an antiforgery token (a link or a foreign form cannot sign a user out).</summary>
public static class AccountEndpoints
{
    public const string LogoutPath = "/account/logout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LogoutPath, LogoutAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    // Validated here rather than by the middleware so a missing token is a plain 400 whether or not the caller is signed in.
    private static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<DashboardUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("A valid antiforgery token is required to sign out.");
        }

        await signIn.SignOutAsync();
        return Results.Redirect(SecurityServiceCollectionExtensions.LoginPath);
    }
}
