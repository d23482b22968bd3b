// Thin wrapper over TradingView's lightweight-charts for the PriceChart component.
// .NET owns the data and the indicator math; this module owns drawing, the legend under the
// cursor (computed here from the series' own data: no round trip per mouse move) and sizing.
// Bars travel as arrays [time (unix s), open, high, low, close, volume]; indicator values as
// arrays aligned with the bars, null during warm-up.
import {
    CandlestickSeries,
    CrosshairMode,
    HistogramSeries,
    LineSeries,
    LineStyle,
    MismatchDirection,
    createChart,
    createSeriesMarkers,
} from "../lib/lightweight-charts/lightweight-charts.standalone.production.mjs";

const MAIN_PANE_STRETCH = 3;

export function create(element, options) {
    return new PriceChart(element, options ?? {});
}

class PriceChart {
    constructor(element, options) {
        this.host = element;
        this.digits = options.digits ?? 2;
        this.title = options.title ?? "";
        this.colors = readColors(element);
        this.indicators = new Map();
        this.positionLines = [];
        this.quoteLines = { bid: null, ask: null };
        this.barCount = 0;
        this.lastTime = null;
        this.hoverIndex = null;
        this.legendFrame = 0;

        const c = this.colors;
        this.chart = createChart(element, {
            autoSize: true,
            layout: {
                background: { color: c.background },
                textColor: c.text,
                fontSize: 11,
                fontFamily: c.font,
                panes: { separatorColor: c.border, separatorHoverColor: c.grid, enableResize: true },
            },
            grid: { vertLines: { color: c.grid }, horzLines: { color: c.grid } },
            crosshair: { mode: CrosshairMode.Normal },
            rightPriceScale: { borderColor: c.border },
            timeScale: { borderColor: c.border, timeVisible: true, secondsVisible: false, rightOffset: 6 },
        });

        this.candles = this.chart.addSeries(CandlestickSeries, {
            upColor: c.up,
            downColor: c.down,
            borderVisible: false,
            wickUpColor: c.up,
            wickDownColor: c.down,
            priceFormat: priceFormat(this.digits),
        });
        this.volume = this.chart.addSeries(HistogramSeries, {
            priceFormat: { type: "volume" },
            priceScaleId: "volume",
            lastValueVisible: false,
            priceLineVisible: false,
        });
        this.volume.priceScale().applyOptions({ scaleMargins: { top: 0.86, bottom: 0 } });
        this.candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.2 } });
        this.markers = createSeriesMarkers(this.candles, []);

        this.legendRoot = document.createElement("div");
        this.legendRoot.className = "chart-legends";
        element.appendChild(this.legendRoot);
        this.mainLegend = this.legendBox();

        this.onCrosshair = param => {
            const index = param.logical === undefined || param.time === undefined ? null : Math.round(param.logical);
            if (index !== this.hoverIndex) {
                this.hoverIndex = index;
                this.scheduleLegend();
            }
        };
        this.chart.subscribeCrosshairMove(this.onCrosshair);
        this.resizeObserver = new ResizeObserver(() => this.scheduleLegend());
        this.resizeObserver.observe(element);
        this.scheduleLegend();
    }

    /** Replaces everything: bars, and every indicator with its values over those bars. */
    setData(title, digits, bars, indicators) {
        this.title = title;
        this.setPriceFormat(digits);
        for (const id of [...this.indicators.keys()]) {
            this.removeSeriesOf(id);
        }

        // A new symbol or timeframe starts without the previous one's quote: no stale bid/ask line.
        for (const side of ["bid", "ask"]) {
            if (this.quoteLines[side]) {
                this.candles.removePriceLine(this.quoteLines[side]);
                this.quoteLines[side] = null;
            }
            delete this.host.dataset[side];
        }

        this.candles.setData(bars.map(toCandle));
        this.volume.setData(bars.map(b => this.toVolume(b)));
        this.barCount = bars.length;
        this.lastTime = bars.length > 0 ? bars[bars.length - 1][0] : null;
        for (const indicator of indicators ?? []) {
            this.addIndicator(indicator.id, indicator.spec, indicator.values, bars);
        }

        this.markers.setMarkers([]);
        this.hoverIndex = null;
        this.chart.timeScale().setVisibleLogicalRange({ from: Math.max(0, bars.length - 160), to: bars.length + 6 });
        this.publishState(bars[bars.length - 1]);
        if (bars.length > 0) {
            this.host.dataset.firstBarTime = String(bars[0][0]);
        } else {
            delete this.host.dataset.firstBarTime;
        }

        this.layoutPanes();
    }

    /** One bar revision (same time) or a new bar (later time), plus each indicator's values for it. */
    update(bar, points) {
        if (this.lastTime !== null && bar[0] < this.lastTime) {
            return false;
        }

        if (bar[0] !== this.lastTime) {
            this.barCount++;
            this.lastTime = bar[0];
        }

        this.candles.update(toCandle(bar));
        this.volume.update(this.toVolume(bar));
        for (const [id, values] of Object.entries(points ?? {})) {
            const indicator = this.indicators.get(id);
            indicator?.series.forEach((series, i) => series.update(this.toPoint(indicator.spec.lines[i], bar[0], values[i])));
        }

        this.publishState(bar);
        this.scheduleLegend();
        return true;
    }

    setPriceFormat(digits) {
        this.digits = digits;
        this.candles.applyOptions({ priceFormat: priceFormat(digits) });
        for (const indicator of this.indicators.values()) {
            if (indicator.spec.priceUnits) {
                indicator.spec.digits = digits;
                indicator.series.forEach(s => s.applyOptions({ priceFormat: priceFormat(digits) }));
            }
        }

        this.host.dataset.digits = String(digits);
        this.scheduleLegend();
    }

    /** Bid and ask as thin dotted lines over the candles (the last price keeps the series' own line). */
    setQuote(bid, ask) {
        this.quoteLines.bid = this.upsertLine(this.quoteLines.bid, { price: bid, color: this.colors.bid, title: "Bid" });
        this.quoteLines.ask = this.upsertLine(this.quoteLines.ask, { price: ask, color: this.colors.ask, title: "Ask" });
        this.host.dataset.bid = bid.toFixed(this.digits);
        this.host.dataset.ask = ask.toFixed(this.digits);
    }

    /** Open positions on this symbol: entry, SL and TP lines, and an arrow at the entry bar. */
    setPositions(positions) {
        this.positionLines.forEach(line => this.candles.removePriceLine(line));
        this.positionLines = [];
        const c = this.colors;
        const markers = [];
        for (const p of positions) {
            const buy = p.side === "Buy";
            const color = buy ? c.buy : c.sell;
            this.positionLines.push(this.candles.createPriceLine({
                price: p.entry, color, lineWidth: 1, lineStyle: LineStyle.Solid, axisLabelVisible: true,
                title: `${buy ? "BUY" : "SELL"} ${p.volume} #${p.ticket}`,
            }));
            if (p.stopLoss) {
                this.positionLines.push(this.candles.createPriceLine({
                    price: p.stopLoss, color: c.down, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: true, title: `SL #${p.ticket}`,
                }));
            }

            if (p.takeProfit) {
                this.positionLines.push(this.candles.createPriceLine({
                    price: p.takeProfit, color: c.up, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: true, title: `TP #${p.ticket}`,
                }));
            }

            if (p.barTime !== null && p.barTime !== undefined && this.barCount > 0 && p.barTime >= this.candles.dataByIndex(0).time) {
                markers.push({
                    time: p.barTime,
                    position: buy ? "belowBar" : "aboveBar",
                    color,
                    shape: buy ? "arrowUp" : "arrowDown",
                    text: `${buy ? "Buy" : "Sell"} ${p.volume}`,
                });
            }
        }

        markers.sort((a, b) => a.time - b.time);
        this.markers.setMarkers(markers);
        this.host.dataset.positionCount = String(positions.length);
    }

    /** Adds an indicator: over the candles (pane "Price") or in a new pane below. */
    addIndicator(id, spec, values, bars) {
        this.removeSeriesOf(id);
        const series = [];
        let pane = spec.pane === "Price" ? 0 : this.chart.panes().length;
        spec.lines.forEach((line, i) => {
            const options = {
                color: line.color,
                priceFormat: priceFormat(spec.digits),
                priceLineVisible: false,
                lastValueVisible: true,
                title: "",
                autoscaleInfoProvider: withLevels(spec.levels),
            };
            const created = line.style === "histogram"
                ? this.chart.addSeries(HistogramSeries, options, pane)
                : this.chart.addSeries(LineSeries, {
                    ...options,
                    lineWidth: line.width ?? 1,
                    lineVisible: line.style !== "dots",
                    pointMarkersVisible: line.style === "dots",
                    pointMarkersRadius: 1.5,
                    crosshairMarkerVisible: line.style === "line",
                }, pane);
            // A new pane's index is only known once its first series exists.
            pane = created.getPane().paneIndex();
            const times = bars ?? this.candles.data().map(b => [b.time]);
            created.setData(times.map((b, k) => this.toPoint(line, b[0], values?.[i]?.[k] ?? null)));
            series.push(created);
        });

        for (const level of spec.levels ?? []) {
            series[0]?.createPriceLine({ price: level, color: this.colors.level, lineWidth: 1, lineStyle: LineStyle.Dashed, axisLabelVisible: false });
        }

        const legend = spec.pane === "Price" ? this.mainLegend : this.legendBox();
        const row = document.createElement("div");
        row.className = "chart-legend-row";
        row.dataset.testid = "legend-row";
        row.dataset.indicator = id;
        legend.rows.appendChild(row);
        this.indicators.set(id, { spec, series, legend, row });
        this.layoutPanes();
    }

    removeIndicator(id) {
        this.removeSeriesOf(id);
        this.layoutPanes();
    }

    dispose() {
        cancelAnimationFrame(this.legendFrame);
        this.resizeObserver.disconnect();
        this.chart.unsubscribeCrosshairMove(this.onCrosshair);
        this.chart.remove();
        this.legendRoot.remove();
        for (const key of ["barCount", "firstBarTime", "lastBarTime", "lastClose", "paneCount", "bid", "ask", "positionCount", "digits"]) {
            delete this.host.dataset[key];
        }
    }

    removeSeriesOf(id) {
        const indicator = this.indicators.get(id);
        if (!indicator) {
            return;
        }

        indicator.series.forEach(s => this.chart.removeSeries(s));
        indicator.row.remove();
        if (indicator.legend !== this.mainLegend) {
            indicator.legend.box.remove();
        }

        this.indicators.delete(id);
    }

    // Panes are created and dropped by the library (an emptied pane goes away); keep the price
    // pane dominant, and move each legend box to the top of its pane once sizes are known.
    layoutPanes() {
        const panes = this.chart.panes();
        panes.forEach((pane, i) => pane.setStretchFactor(i === 0 ? MAIN_PANE_STRETCH : 1));
        this.host.dataset.paneCount = String(panes.length);
        this.scheduleLegend();
    }

    scheduleLegend() {
        if (this.legendFrame) {
            return;
        }

        this.legendFrame = requestAnimationFrame(() => {
            this.legendFrame = 0;
            this.renderLegend();
        });
    }

    renderLegend() {
        const last = this.barCount - 1;
        const index = this.hoverIndex === null ? last : Math.min(this.hoverIndex, last);
        const bar = index >= 0 ? this.candles.dataByIndex(index, MismatchDirection.NearestLeft) : null;
        const volume = index >= 0 ? this.volume.dataByIndex(index, MismatchDirection.NearestLeft) : null;
        this.renderOhlc(bar, volume, index > 0 ? this.candles.dataByIndex(index - 1, MismatchDirection.NearestLeft) : null);

        const hostTop = this.host.getBoundingClientRect().top;
        for (const indicator of this.indicators.values()) {
            const values = indicator.series.map(s => {
                const point = index >= 0 ? s.dataByIndex(index, MismatchDirection.None) : null;
                return point && point.value !== undefined ? point.value : null;
            });
            renderIndicatorRow(indicator, values);
            if (indicator.legend !== this.mainLegend) {
                const paneElement = indicator.series[0]?.getPane().getHTMLElement();
                if (paneElement) {
                    indicator.legend.box.style.top = `${paneElement.getBoundingClientRect().top - hostTop + 4}px`;
                }
            }
        }
    }

    renderOhlc(bar, volume, previous) {
        const box = this.mainLegend.head;
        box.replaceChildren();
        const title = span("chart-legend-title", this.title);
        box.appendChild(title);
        if (!bar || bar.open === undefined) {
            return;
        }

        const direction = bar.close >= bar.open ? "up" : "down";
        for (const [label, value] of [["O", bar.open], ["H", bar.high], ["L", bar.low], ["C", bar.close]]) {
            box.appendChild(span("chart-legend-label", label));
            box.appendChild(span(`chart-legend-value ${direction}`, value.toFixed(this.digits), label.toLowerCase()));
        }

        if (previous && previous.close !== undefined && previous.close !== 0) {
            const change = bar.close - previous.close;
            const sign = change > 0 ? "+" : change < 0 ? "−" : "";
            const text = `${sign}${Math.abs(change).toFixed(this.digits)} (${sign}${Math.abs(change / previous.close * 100).toFixed(2)}%)`;
            box.appendChild(span(`chart-legend-value ${change >= 0 ? "up" : "down"}`, text, "change"));
        }

        if (volume && volume.value !== undefined) {
            box.appendChild(span("chart-legend-label", "Vol"));
            box.appendChild(span("chart-legend-value", formatVolume(volume.value), "volume"));
        }
    }

    legendBox() {
        const box = document.createElement("div");
        box.className = "chart-legend";
        const head = document.createElement("div");
        head.className = "chart-legend-head";
        const rows = document.createElement("div");
        box.append(head, rows);
        this.legendRoot.appendChild(box);
        return { box, head, rows };
    }

    upsertLine(line, options) {
        if (line) {
            line.applyOptions({ price: options.price });
            return line;
        }

        return this.candles.createPriceLine({
            ...options, lineWidth: 1, lineStyle: LineStyle.Dotted, axisLabelVisible: false, lineVisible: true,
        });
    }

    toVolume(bar) {
        return { time: bar[0], value: bar[5], color: bar[4] >= bar[1] ? this.colors.upVolume : this.colors.downVolume };
    }

    toPoint(line, time, value) {
        if (value === null || value === undefined) {
            return { time };
        }

        return line.style === "histogram"
            ? { time, value, color: value >= 0 ? this.colors.upColumn : this.colors.downColumn }
            : { time, value };
    }

    publishState(bar) {
        this.host.dataset.barCount = String(this.barCount);
        if (bar) {
            this.host.dataset.lastBarTime = String(bar[0]);
            this.host.dataset.lastClose = bar[4].toFixed(this.digits);
        } else {
            delete this.host.dataset.lastBarTime;
            delete this.host.dataset.lastClose;
        }
    }
}

function renderIndicatorRow(indicator, values) {
    const { spec, row } = indicator;
    row.replaceChildren(span("chart-legend-title", spec.label));
    spec.lines.forEach((line, i) => {
        const value = values[i];
        const text = value === null ? "—" : value.toFixed(spec.digits);
        const item = span("chart-legend-value", text, line.name);
        item.style.color = line.legendColor ?? line.color;
        row.appendChild(item);
    });
}

function span(className, text, field) {
    const element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    if (field) {
        element.dataset.field = field;
    }

    return element;
}

// Oscillator panes keep their guide levels (RSI 70/30) in view, as TradingView does.
function withLevels(levels) {
    if (!levels || levels.length === 0) {
        return undefined;
    }

    const low = Math.min(...levels);
    const high = Math.max(...levels);
    return original => {
        const range = original();
        return range === null
            ? null
            : { ...range, priceRange: { minValue: Math.min(range.priceRange.minValue, low), maxValue: Math.max(range.priceRange.maxValue, high) } };
    };
}

function toCandle(bar) {
    return { time: bar[0], open: bar[1], high: bar[2], low: bar[3], close: bar[4] };
}

function priceFormat(digits) {
    return { type: "price", precision: digits, minMove: Math.pow(10, -digits) };
}

function formatVolume(value) {
    if (value >= 1e9) return `${(value / 1e9).toFixed(2)}B`;
    if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
    if (value >= 1e4) return `${(value / 1e3).toFixed(1)}K`;
    return String(Math.round(value));
}

// The chart draws on canvas, so it cannot use CSS variables: resolve the theme's once.
function readColors(element) {
    const style = getComputedStyle(element);
    const pick = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    return {
        background: pick("--rz-base-background-color", "#19191a"),
        text: pick("--rz-text-secondary-color", "#b2b5be"),
        font: pick("--rz-text-font-family", "system-ui, sans-serif"),
        grid: pick("--td-grid", "#26272a"),
        border: pick("--td-border", "#2e2f33"),
        up: pick("--td-up", "#26a69a"),
        down: pick("--td-down", "#ef5350"),
        upVolume: "rgba(38, 166, 154, 0.3)",
        downVolume: "rgba(239, 83, 80, 0.3)",
        upColumn: "rgba(38, 166, 154, 0.6)",
        downColumn: "rgba(239, 83, 80, 0.6)",
        bid: "rgba(41, 98, 255, 0.8)",
        ask: "rgba(242, 54, 69, 0.8)",
        buy: "#2962ff",
        sell: "#f23645",
        level: "rgba(120, 123, 134, 0.6)",
    };
}
