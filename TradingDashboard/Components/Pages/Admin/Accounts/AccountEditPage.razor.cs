using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;
using TradingDashboard.Components.Shared;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>
/// Admin → Accounts → one account: the registry fields (validated here and again by the service,
/// whose field errors land on the same inputs), then who may see it, its credentials, a bridge
/// connection test and its audit history.
/// </summary>
public sealed partial class AccountEditPage : IDisposable
{
    private static readonly IReadOnlyList<Choice<Platform>> Platforms =
        [new(Platform.Mt5, PlatformNames.Mt5), new(Platform.CTrader, PlatformNames.CTrader)];

    private static readonly IReadOnlyList<Choice<FundType>> FundTypes =
        [.. FundTypeText.All.Select(f => new Choice<FundType>(f, FundTypeText.Format(f)))];

    private readonly CancellationTokenSource _closing = new();
    private AccountDraft _draft = new();
    private EditContext _editContext = default!;
    private ValidationMessageStore _serverErrors = default!;
    private AccessUser? _admin;
    private AccountDetails? _details;
    private IReadOnlyList<UserSummary> _users = [];
    private AccountHistory? _history;
    private string? _idText;
    private string? _loadError;
    private string? _formError;
    private bool _saving;

    [Inject]
    private IAccountAdministration Administration { get; set; } = default!;

    [Inject]
    private IUserDirectory UserDirectory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<AccountEditPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The account to edit; absent on <c>/admin/accounts/new</c>.</summary>
    [Parameter]
    public Guid? Id { get; set; }

    private bool IsNew => Id is null;

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override void OnInitialized() => Attach(new AccountDraft());

    protected override async Task OnParametersSetAsync()
    {
        _admin ??= await SignedInUser.ResolveAsync(AuthenticationState);
        _loadError = null;
        _formError = null;
        if (_admin is null)
        {
            _loadError = "Sign in as an administrator to manage accounts.";
            return;
        }

        try
        {
            _users = await UserDirectory.ListAsync(_admin, _closing.Token);
            if (Id is { } id)
            {
                if (_details?.Account.Id != id)
                {
                    _details = null;
                    var details = await Administration.GetAsync(_admin, id, _closing.Token);
                    if (details is null)
                    {
                        _loadError = "That account does not exist. It may have been removed; go back to the list.";
                        return;
                    }

                    Show(details);
                }
            }
            else
            {
                _details = null;
                _idText = null;
                Attach(new AccountDraft());
            }
        }
        catch (AccessDeniedException ex)
        {
            _loadError = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.LoadFailed(Logger, ex, "an account");
            _loadError = "The account could not be loaded. Try again in a moment.";
        }
    }

    private static AccountDraft ToDraft(TradingDashboard.Core.Domain.Account account) => new()
    {
        Id = account.Id,
        DisplayName = account.DisplayName,
        Platform = account.Platform,
        BrokerLogin = account.BrokerLogin,
        Server = account.Server,
        Broker = account.Broker,
        FundType = account.FundType,
        Currency = account.Currency,
        IsActive = account.IsActive,
    };

    private void Show(AccountDetails details)
    {
        _details = details;
        Attach(ToDraft(details.Account));
    }

    private void Attach(AccountDraft draft)
    {
        _draft = draft;
        _editContext = new EditContext(_draft);
        _serverErrors = new ValidationMessageStore(_editContext);

        // A server error stays on its field until that field is edited or the form is submitted again.
        _editContext.OnFieldChanged += (_, e) => _serverErrors.Clear(e.FieldIdentifier);
        _editContext.OnValidationRequested += (_, _) =>
        {
            _serverErrors.Clear();
            _formError = null;
            CheckId();
            CheckLogin();
        };
    }

    private void CheckId()
    {
        if (!IsNew)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_idText))
        {
            _draft.Id = Guid.Empty;
        }
        else if (Guid.TryParse(_idText.Trim(), out var id))
        {
            _draft.Id = id;
        }
        else
        {
            _serverErrors.Add(_editContext.Field(nameof(AccountDraft.Id)), "A UUID such as 3f1c2a6e-8d4b-4c1e-9a57-0b6d2e7f4a10, or blank to generate one.");
        }
    }

    // The service enforces this too; checking here shows it together with the other field errors.
    private void CheckLogin()
    {
        var login = _draft.BrokerLogin?.Trim() ?? string.Empty;
        if (_draft.Platform == Platform.Mt5 && login.Length > 0 && !login.All(char.IsAsciiDigit))
        {
            _serverErrors.Add(_editContext.Field(nameof(AccountDraft.BrokerLogin)), "An MT5 login is a number (digits only).");
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var result = IsNew
                ? await Administration.CreateAsync(_admin!, _draft, _closing.Token)
                : await Administration.UpdateAsync(_admin!, _details!.Account.Id, _draft, _closing.Token);
            if (result.Succeeded)
            {
                Notifications.Notify(NotificationSeverity.Success, IsNew ? "Account created" : "Account saved", result.Account!.Account.DisplayName);
                if (IsNew)
                {
                    Navigation.NavigateTo($"admin/accounts/{result.Account.Account.Id:D}");
                    return;
                }

                Show(result.Account);
                await RefreshHistoryAsync();
                return;
            }

            _formError = FormErrors.Apply(_editContext, _serverErrors, result.Errors);
            Notifications.Notify(NotificationSeverity.Error, "Not saved", "Check the highlighted fields.");
        }
        catch (AccessDeniedException ex)
        {
            _formError = ex.Message;
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, IsNew ? "account.create" : "account.update", _draft.Id.ToString("D"));
            _formError = "The account could not be saved. Nothing was changed; try again in a moment.";
            Notifications.Notify(NotificationSeverity.Error, "Not saved", _formError);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task OnSectionChangedAsync(AccountDetails details)
    {
        // Sections save their own part; keep unsaved edits of the registry form as they are.
        _details = details;
        await RefreshHistoryAsync();
    }

    private Task RefreshHistoryAsync() => _history?.RefreshAsync() ?? Task.CompletedTask;
}
