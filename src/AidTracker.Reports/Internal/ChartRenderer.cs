using System.Globalization;
using NodaTime;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace AidTracker.Reports.Internal;

/// <summary>
/// Draws a <see cref="ChartModel"/> with ScottPlot: lines over dates, or bars by category; the title, the axis labels,
/// the values with group separators (<c>12,400,000,000</c>), and a legend when there are several series. Amounts become
/// <see cref="double"/> here only, to be drawn; the tables beside the charts keep them exact.
/// </summary>
internal static class ChartRenderer
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"),
        Color.FromHex("#d62728"),
        Color.FromHex("#2ca02c"),
        Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"),
        Color.FromHex("#e377c2"),
        Color.FromHex("#7f7f7f"),
        Color.FromHex("#bcbd22"),
        Color.FromHex("#17becf"),
        Color.FromHex("#ff7f0e"),
        Color.FromHex("#393b79"),
        Color.FromHex("#637939"),
    ];

    /// <summary>Draws the chart as SVG text (UTF-8 XML) or PNG bytes.</summary>
    public static byte[] Render(ChartModel model, ChartFormat format, int width, int height)
    {
        Plot plot = Draw(model);
        return format == ChartFormat.Png
            ? plot.GetImageBytes(width, height, ImageFormat.Png)
            : System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height));
    }

    /// <summary>Draws the chart as SVG text.</summary>
    public static string RenderSvg(ChartModel model, int width, int height) => Draw(model).GetSvgXml(width, height);

    private static Plot Draw(ChartModel model)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(model.Title);
        plot.XLabel(model.XLabel);
        plot.YLabel(model.YLabel);
        if (model.Kind == ChartKind.Cumulative)
        {
            DrawLines(plot, model);
        }
        else
        {
            DrawBars(plot, model);
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Grouped };
        if (model.IsEmpty)
        {
            plot.Add.Annotation("Nothing to draw");
        }

        int series = model.Kind == ChartKind.Cumulative ? model.Lines.Count : model.Bars.Count;
        if (series > 1)
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
        else
        {
            plot.HideLegend();
        }

        FitValues(plot, model);

        return plot;
    }

    private static void DrawLines(Plot plot, ChartModel model)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        LocalDate[] dates = [.. model.Lines.SelectMany(l => l.Points.Select(p => p.End))];
        bool months = dates.Length > 0 && Period.Between(dates.Min(), dates.Max(), PeriodUnits.Months).Months >= 3;
        if (axis.TickGenerator is DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString(months ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (dates.Length > 0 && !months)
        {
            // A few weeks of points (or one): a window of two months around them, so the ticks are days apart, not
            // hours.
            plot.Axes.SetLimitsX(ToOADate(dates.Min().PlusMonths(-1)), ToOADate(dates.Max().PlusMonths(1)));
        }

        for (int i = 0; i < model.Lines.Count; i++)
        {
            LineSeries line = model.Lines[i];
            double[] xs = [.. line.Points.Select(p => ToOADate(p.End))];
            double[] ys = [.. line.Points.Select(p => (double)p.Value)];
            var scatter = plot.Add.Scatter(xs, ys, Palette[i % Palette.Length]);
            scatter.LegendText = line.Name;
            scatter.MarkerSize = line.Points.Count > 120 ? 3 : 6;
            scatter.LineWidth = 2;
            if (line.Dashed)
            {
                scatter.LinePattern = LinePattern.Dashed;
            }
        }
    }

    private static void DrawBars(Plot plot, ChartModel model)
    {
        int seriesCount = Math.Max(1, model.Bars.Count);
        double width = 0.8 / seriesCount;
        for (int s = 0; s < model.Bars.Count; s++)
        {
            BarSeries series = model.Bars[s];
            var bars = new List<Bar>();
            for (int c = 0; c < series.Values.Length; c++)
            {
                if (series.Values[c] is decimal value)
                {
                    bars.Add(
                        new Bar
                        {
                            Position = c - 0.4 + (width * (s + 0.5)),
                            Value = (double)value,
                            Size = width * 0.95,
                            FillColor = Palette[s % Palette.Length],
                        }
                    );
                }
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
        }

        double[] positions = [.. Enumerable.Range(0, model.Categories.Count).Select(i => (double)i)];
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, [.. model.Categories]);
        if (model.Categories.Count > 12)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }

        plot.Axes.Margins(bottom: 0);
    }

    /// <summary>Amounts start from zero (a running total or a bar is read against it), with a little room above the
    /// largest.</summary>
    private static void FitValues(Plot plot, ChartModel model)
    {
        decimal[] values =
        [
            .. model.Lines.SelectMany(l => l.Points.Select(p => p.Value)),
            .. model.Bars.SelectMany(b => b.Values.OfType<decimal>()),
        ];
        if (values.Length == 0)
        {
            return;
        }

        double low = Math.Min(0, (double)values.Min());
        double high = Math.Max(0, (double)values.Max());
        double room = (high - low) * 0.08;
        plot.Axes.SetLimitsY(low - (low < 0 ? room : 0), high + (room > 0 ? room : 1));
    }

    private static double ToOADate(LocalDate date) =>
        new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    private static string Grouped(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
