using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>
/// The figures of one chart, before drawing: its lines (dated points) or its bars (categories), its title and axis
/// labels, the same figures as a table (the text alternative), and notes on what it leaves out.
/// </summary>
internal sealed class ChartModel
{
    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    public required string XLabel { get; init; }

    public required string YLabel { get; init; }

    /// <summary>Gets the lines of a line chart (empty for bars).</summary>
    public List<LineSeries> Lines { get; } = [];

    /// <summary>Gets the categories of a bar chart (empty for lines).</summary>
    public List<string> Categories { get; } = [];

    /// <summary>Gets the bar series: one value per category, <c>null</c> where there is nothing to draw.</summary>
    public List<BarSeries> Bars { get; } = [];

    /// <summary>Gets the table's column headers.</summary>
    public List<string> TableHeaders { get; } = [];

    /// <summary>Gets the table's rows (already formatted text).</summary>
    public List<string[]> TableRows { get; } = [];

    /// <summary>Gets sentences on what the chart leaves out or how it is drawn.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Gets a value indicating whether there is nothing to draw.</summary>
    public bool IsEmpty => Lines.All(l => l.Points.Count == 0) && Bars.All(b => b.Values.All(v => v is null));

    /// <summary>Gets how many points the lines have in all.</summary>
    public int PointCount => Lines.Sum(l => l.Points.Count);
}

/// <summary>A line of dated points: the running total at the end of each period.</summary>
internal sealed record LineSeries(string Name, List<(LocalDate End, decimal Value)> Points, bool Dashed);

/// <summary>A series of bars, one value per category of the chart.</summary>
internal sealed record BarSeries(string Name, decimal?[] Values);
