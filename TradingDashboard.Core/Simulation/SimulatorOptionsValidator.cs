using Microsoft.Extensions.Options;
using TradingDashboard.Core.Simulation.Market;

namespace TradingDashboard.Core.Simulation;

/// <summary>Checks what data annotations cannot: accounts, their positions and the replay file.</summary>
internal sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        ValidateReplay(options.Replay, failures);
        var symbols = SymbolCatalog.Default.Select(s => s.Name).Append(options.Replay.Symbol).OfType<string>().ToList();
        ValidateTrading(options.Trading, symbols, failures);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            ValidateAccount($"Simulator:Accounts:{i}", options.Accounts[i], symbols, failures);
        }

        if (options.Accounts.GroupBy(a => a.Login, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("Simulator:Accounts: logins must be unique.");
        }

        if (options.Accounts.Where(a => a.InternalAccountId is not null).GroupBy(a => a.InternalAccountId).Any(g => g.Count() > 1))
        {
            failures.Add("Simulator:Accounts: InternalAccountId values must be unique.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateReplay(ReplayOptions replay, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(replay.Path))
        {
            return;
        }

        if (!File.Exists(replay.Path))
        {
            failures.Add($"Simulator:Replay:Path: file '{replay.Path}' does not exist.");
        }

        if (string.IsNullOrWhiteSpace(replay.Symbol))
        {
            failures.Add("Simulator:Replay:Symbol is required when Simulator:Replay:Path is set.");
        }

        if (replay.Speed is < 0.01 or > 600)
        {
            failures.Add("Simulator:Replay:Speed must be between 0.01 and 600.");
        }
    }

    private static void ValidateTrading(SimulatorTradingOptions trading, List<string> symbols, List<string> failures)
    {
        if (trading.FillDelayMs is < 0 or > SimulatorTradingOptions.MaxFillDelayMs)
        {
            failures.Add($"Simulator:Trading:FillDelayMs must be between 0 and {SimulatorTradingOptions.MaxFillDelayMs}.");
        }

        if (trading.MaxDealsPerAccount is < 100 or > 1_000_000)
        {
            failures.Add("Simulator:Trading:MaxDealsPerAccount must be between 100 and 1000000.");
        }

        foreach (var closed in trading.ClosedSymbols.Where(c => !symbols.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"Simulator:Trading:ClosedSymbols: symbol '{closed}' is not simulated.");
        }
    }

    private static void ValidateAccount(string path, SimulatedAccountOptions account, List<string> symbols, List<string> failures)
    {
        if (!ulong.TryParse(account.Login, out _))
        {
            failures.Add($"{path}:Login must be a numeric MT5 login, not '{account.Login}'.");
        }

        if (string.IsNullOrWhiteSpace(account.Name) || string.IsNullOrWhiteSpace(account.Server) || string.IsNullOrWhiteSpace(account.Company))
        {
            failures.Add($"{path}: Name, Server and Company are required.");
        }

        if (!CurrencyConverter.IsConvertible(account.Currency ?? "", SymbolCatalog.Default))
        {
            failures.Add($"{path}:Currency '{account.Currency}' cannot be converted with the simulated pairs (use USD, EUR, GBP or JPY).");
        }

        if (account.Balance < 0)
        {
            failures.Add($"{path}:Balance cannot be negative.");
        }

        if (account.Leverage is < 1 or > 10_000)
        {
            failures.Add($"{path}:Leverage must be between 1 and 10000.");
        }

        foreach (var position in account.Positions)
        {
            if (!symbols.Contains(position.Symbol, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{path}:Positions: symbol '{position.Symbol}' is not simulated.");
            }

            if (position.Volume is <= 0 or > 1000 || !Enum.IsDefined(position.Side))
            {
                failures.Add($"{path}:Positions: {position.Symbol} needs a volume in (0, 1000] and Side Buy or Sell.");
            }
        }
    }
}
