namespace TradingDashboard.Core.Indicators.Adx;

/// <summary>
/// Wilder's directional movement at one bar: <see cref="PlusDi"/>, <see cref="MinusDi"/> and <see cref="Dx"/> from bar
/// period on, <see cref="Adx"/> (Wilder's average of DX) from bar 2·period − 1 on; null before.
/// </summary>
public readonly record struct AdxResult(DateTimeOffset Time, double? PlusDi, double? MinusDi, double? Dx, double? Adx);
