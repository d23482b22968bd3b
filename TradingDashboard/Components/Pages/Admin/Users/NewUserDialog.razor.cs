using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;
using TradingDashboard.Core.Access;
using TradingDashboard.Security.Users;

namespace TradingDashboard.Components.Pages.Admin.Users;

/// <summary>The "new user" form in a dialog; closes with the created <see cref="UserSummary"/>, or <see langword="null"/> when cancelled.</summary>
public sealed partial class NewUserDialog : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private readonly NewUser _user = new();
    private EditContext _editContext = default!;
    private ValidationMessageStore _serverErrors = default!;
    private string? _formError;
    private bool _saving;

    [Inject]
    private IUserAdministration UserAdministration { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<NewUserDialog> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override void OnInitialized()
    {
        _editContext = new EditContext(_user);
        _serverErrors = new ValidationMessageStore(_editContext);
        _editContext.OnFieldChanged += (_, e) => _serverErrors.Clear(e.FieldIdentifier);
        _editContext.OnValidationRequested += (_, _) =>
        {
            _serverErrors.Clear();
            _formError = null;
        };
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var result = await UserAdministration.CreateAsync(Admin, _user, _closing.Token);
            if (result.Succeeded)
            {
                _user.TemporaryPassword = string.Empty;
                Dialogs.Close(result.User);
                return;
            }

            _formError = FormErrors.Apply(_editContext, _serverErrors, result.Errors);
        }
        catch (AccessDeniedException ex)
        {
            _formError = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, "user.create", _user.UserName);
            _formError = "The user could not be created. Try again in a moment.";
        }
        finally
        {
            _saving = false;
        }
    }
}
