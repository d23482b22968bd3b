using TradingDashboard.Core.Accounts.Administration;
using TradingDashboard.Core.Domain;

namespace TradingDashboard.Tests.Unit.Accounts;

public sealed class AccountDraftValidatorTests
{
    [Fact]
    public void Validate_PaddedLowercaseDraft_TrimmedUppercasedEmptyOptionalsNull()
    {
        var (draft, errors) = AccountDraftValidator.Validate(new AccountDraft
        {
            DisplayName = "  Main  ",
            BrokerLogin = " 5012 ",
            Server = " ",
            Broker = " MetaQuotes Ltd. ",
            Currency = " eur ",
        });

        Assert.Empty(errors);
        Assert.Equal(("Main", "5012", null, "MetaQuotes Ltd.", "EUR"), (draft.DisplayName, draft.BrokerLogin, draft.Server, draft.Broker, draft.Currency));
    }

    [Theory]
    [InlineData("12a4")]
    [InlineData("-5012")]
    [InlineData("５０１２")]
    public void Validate_Mt5LoginNotDigits_BrokerLoginError(string login)
    {
        var (_, errors) = AccountDraftValidator.Validate(new AccountDraft { DisplayName = "x", BrokerLogin = login });

        Assert.Equal("An MT5 login is a number (digits only).", Assert.Single(errors).Value);
    }

    [Fact]
    public void Validate_CTraderLoginWithLetters_Accepted()
    {
        var (_, errors) = AccountDraftValidator.Validate(new AccountDraft { DisplayName = "x", Platform = Platform.CTrader, BrokerLogin = "ctid-1" });

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UndefinedEnumsAndTooLongName_ErrorPerField()
    {
        var (_, errors) = AccountDraftValidator.Validate(new AccountDraft
        {
            DisplayName = new string('n', 129),
            BrokerLogin = "1",
            Platform = (Platform)42,
            FundType = (FundType)42,
            Currency = "US1",
        });

        Assert.Equal(["Currency", "DisplayName", "FundType", "Platform"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("At most 128 characters.", errors["DisplayName"]);
    }
}
