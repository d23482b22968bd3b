namespace TradingDashboard.Core.Access;

/// <summary>The dashboard's users as Core needs them (assignment pickers, audit names). Implemented over ASP.NET Core Identity in the web app.</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken);
}
