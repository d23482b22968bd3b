using Microsoft.AspNetCore.Components;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Components.Pages.Admin.Users;

/// <summary>Sets a temporary password; closes with <see langword="true"/> once the service accepted it.</summary>
public sealed partial class ResetPasswordDialog : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private string _password = string.Empty;
    private string? _error;
    private bool _saving;

    [Inject]
    private IUserAdministration UserAdministration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<ResetPasswordDialog> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserSummary User { get; set; } = default!;

    public void Dispose()
    {
        _password = string.Empty;
        _closing.Cancel();
        _closing.Dispose();
    }

    private async Task SaveAsync()
    {
        var password = _password;
        if (string.IsNullOrEmpty(password))
        {
            _error = "Enter a temporary password.";
            return;
        }

        _saving = true;
        _error = null;
        try
        {
            var result = await UserAdministration.ResetPasswordAsync(Admin, User.UserId, password, _closing.Token);
            if (result.Succeeded)
            {
                _password = string.Empty;
                Dialogs.Close(true);
                return;
            }

            _error = string.Join(" ", result.Errors.Values);
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, "user.reset_password", User.UserId);
            _error = "The password could not be reset. Try again in a moment.";
        }
        finally
        {
            _saving = false;
        }
    }
}
