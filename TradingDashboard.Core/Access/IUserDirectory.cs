namespace TradingDashboard.Core.Access;

/// <summary>The dashboard's users as Core needs them (assignment pickers, audit names). Implemented over ASP.NET Core Identity in the web app.</summary>
public interface IUserDirectory
{
    /// <summary>Every user, for admins only: names, e-mail addresses and roles are not for traders.</summary>
    /// <exception cref="AccessDeniedException">The caller is not an admin (logged).</exception>
    Task<IReadOnlyList<UserSummary>> ListAsync(AccessUser caller, CancellationToken cancellationToken);
}
