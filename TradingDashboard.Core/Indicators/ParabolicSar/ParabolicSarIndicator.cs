using TradingDashboard.Core.Indicators.Streaming;

namespace TradingDashboard.Core.Indicators.ParabolicSar;

/// <summary>Streaming Parabolic SAR: the whole state is a small struct, so the forming bar works on a copy.</summary>
public sealed class ParabolicSarIndicator : StreamingIndicator<ParabolicSarResult>
{
    private readonly double _step;
    private readonly double _maxFactor;
    private SarState _closed;
    private SarState _pending;

    public ParabolicSarIndicator(double step = 0.02, double maxFactor = 0.2)
    {
        ParabolicSarSeries.Validate(step, maxFactor);
        (_step, _maxFactor) = (step, maxFactor);
    }

    protected override void Commit() => _closed = _pending;

    protected override ParabolicSarResult Compute(in OhlcvBar bar)
    {
        var s = _closed;
        var trendIsReal = s.HasReversed;
        var reversal = false;
        if (s.Bars == 0)
        {
            (s.IsRising, s.Factor, s.ExtremePoint, s.Sar) = (true, _step, bar.High, bar.Low);
        }
        else
        {
            reversal = s.IsRising ? Rising(ref s, bar) : Falling(ref s, bar);
            s.HasReversed |= reversal;
        }

        (s.Bars, s.High2, s.Low2, s.High1, s.Low1) = (s.Bars + 1, s.High1, s.Low1, bar.High, bar.Low);
        _pending = s;
        return trendIsReal ? new(bar.Time, s.Sar, reversal) : new(bar.Time, null, null);
    }

    private bool Rising(ref SarState s, in OhlcvBar bar)
    {
        var sar = s.Sar + (s.Factor * (s.ExtremePoint - s.Sar));
        if (s.Bars >= 2)
        {
            sar = Math.Min(sar, Math.Min(s.Low1, s.Low2));
        }

        if (bar.Low < sar)
        {
            (s.IsRising, s.Sar, s.Factor, s.ExtremePoint) = (false, s.ExtremePoint, _step, bar.Low);
            return true;
        }

        s.Sar = sar;
        if (bar.High > s.ExtremePoint)
        {
            (s.ExtremePoint, s.Factor) = (bar.High, Math.Min(s.Factor + _step, _maxFactor));
        }

        return false;
    }

    private bool Falling(ref SarState s, in OhlcvBar bar)
    {
        var sar = s.Sar + (s.Factor * (s.ExtremePoint - s.Sar));
        if (s.Bars >= 2)
        {
            sar = Math.Max(sar, Math.Max(s.High1, s.High2));
        }

        if (bar.High > sar)
        {
            (s.IsRising, s.Sar, s.Factor, s.ExtremePoint) = (true, s.ExtremePoint, _step, bar.High);
            return true;
        }

        s.Sar = sar;
        if (bar.Low < s.ExtremePoint)
        {
            (s.ExtremePoint, s.Factor) = (bar.Low, Math.Min(s.Factor + _step, _maxFactor));
        }

        return false;
    }

    /// <summary>Everything the next bar needs; <c>1</c> is the previous bar, <c>2</c> the one before.</summary>
    private struct SarState
    {
        public int Bars;
        public bool IsRising;
        public bool HasReversed;
        public double Sar;
        public double ExtremePoint;
        public double Factor;
        public double High1;
        public double Low1;
        public double High2;
        public double Low2;
    }
}
