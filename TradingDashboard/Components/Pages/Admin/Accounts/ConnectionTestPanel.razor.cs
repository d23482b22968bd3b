using System.Globalization;
using Microsoft.AspNetCore.Components;
using TradingDashboard.Core.Access;
using TradingDashboard.Core.Accounts.Administration;

namespace TradingDashboard.Components.Pages.Admin.Accounts;

/// <summary>Asks the bridge about the account's login and lays its answer beside the registry, highlighting differences.</summary>
public sealed partial class ConnectionTestPanel : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private ConnectionTestResult? _result;
    private Guid _testedAccount;
    private string? _error;
    private bool _testing;

    [Inject]
    private IAccountAdministration Administration { get; set; } = default!;

    [Inject]
    private ILogger<ConnectionTestPanel> Logger { get; set; } = default!;

    [Parameter, EditorRequired]
    public AccessUser Admin { get; set; } = default!;

    /// <summary>The account as saved in the registry.</summary>
    [Parameter, EditorRequired]
    public TradingDashboard.Core.Domain.Account Account { get; set; } = default!;

    private string ElapsedText => _result is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{_result.Elapsed.TotalMilliseconds:0} ms");

    private string SourceText => _result?.Source switch
    {
        "live_data" => "live data from the terminal",
        "stored_data" => "stored data (terminal disconnected)",
        null => "source unknown",
        var other => other,
    };

    private string MismatchText => _result?.Mismatches.Count == 1
        ? "1 field differs from the registry"
        : $"{_result?.Mismatches.Count} fields differ from the registry";

    private IEnumerable<ConnectionTestRow> Rows
    {
        get
        {
            var r = _result!;
            yield return Row("login", "Login", r.Login, Account.BrokerLogin);
            yield return Row("server", "Server", r.Server, Account.Server);
            yield return Row("currency", "Currency", r.Currency, Account.Currency);
            yield return Row("trade_allowed", "Trade allowed", r.TradeAllowed switch { true => "Yes", false => "No", null => null }, null);
            yield return Row("name", "Name", r.Name, null);
            yield return Row("broker", "Company", r.Company, Account.Broker);
            yield return Row("source", "Data source", r.Source switch { "live_data" => "live", "stored_data" => "stored", var s => s }, null);
            yield return Row("elapsed", "Elapsed", ElapsedText, null);
        }
    }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    protected override void OnParametersSet()
    {
        // A result belongs to the registry values it was compared with.
        if (_result is not null && Account.Id != _testedAccount)
        {
            _result = null;
        }
    }

    private ConnectionTestRow Row(string key, string label, string? bridge, string? registry)
    {
        var mismatch = _result!.Mismatches.FirstOrDefault(m => string.Equals(m.Field, key, StringComparison.OrdinalIgnoreCase));
        return mismatch is null
            ? new ConnectionTestRow(key, label, bridge, registry, false)
            : new ConnectionTestRow(key, label, mismatch.Bridge ?? bridge, mismatch.Registry, true);
    }

    private async Task TestAsync()
    {
        _testing = true;
        _error = null;
        try
        {
            _result = await Administration.TestConnectionAsync(Admin, Account.Id, _closing.Token);
            _testedAccount = Account.Id;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.ChangeFailed(Logger, ex, "account.test_connection", Account.Id.ToString("D"));
            _error = "The connection test failed unexpectedly. Try again in a moment.";
        }
        finally
        {
            _testing = false;
        }
    }
}
