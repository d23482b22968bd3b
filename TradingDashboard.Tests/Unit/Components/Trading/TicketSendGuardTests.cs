using System.Text.RegularExpressions;
using TradingDashboard.Components.Shared.Trading;

namespace TradingDashboard.Tests.Unit.Components.Trading;

public sealed partial class TicketSendGuardTests
{
    [Fact]
    public void NewKey_Twice_UiKeysThatDiffer()
    {
        var first = TicketSendGuard.NewKey();

        Assert.Matches(UiKey(), first);
        Assert.NotEqual(first, TicketSendGuard.NewKey());
    }

    [Fact]
    public void TryBegin_TwentyCallersAtOnce_ExactlyOneWins()
    {
        var guard = new TicketSendGuard();
        var wins = new bool[20];

        Parallel.For(0, wins.Length, i => wins[i] = guard.TryBegin());

        Assert.Single(wins, won => won);
        Assert.True(guard.IsSending);
    }

    [Fact]
    public void End_FinalOutcome_NextIntentGetsANewKey()
    {
        var guard = new TicketSendGuard();
        var key = guard.Key;
        Assert.True(guard.TryBegin());

        guard.End(renewKey: true);

        Assert.NotEqual(key, guard.Key);
        Assert.False(guard.IsSending);
        Assert.True(guard.TryBegin());
    }

    [Fact]
    public void End_OutcomeUnknown_KeepsTheKeySoARetryIsTheSameIntent()
    {
        var guard = new TicketSendGuard();
        var key = guard.Key;
        Assert.True(guard.TryBegin());

        guard.End(renewKey: false);

        Assert.Equal(key, guard.Key);
        Assert.True(guard.TryBegin());
    }

    [Fact]
    public void Renew_WhileSending_KeepsTheKeyInFlight()
    {
        var guard = new TicketSendGuard();
        var key = guard.Key;
        Assert.True(guard.TryBegin());

        guard.Renew();

        Assert.Equal(key, guard.Key);
        Assert.False(guard.TryBegin());
    }

    [GeneratedRegex("^ui:[0-9a-f]{32}$")]
    private static partial Regex UiKey();
}
