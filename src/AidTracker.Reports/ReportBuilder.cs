using System.Reflection;
using System.Text;
using AidTracker.Internal;
using AidTracker.Reports.Internal;

namespace AidTracker.Reports;

/// <summary>
/// Builds the report of a <see cref="Ledger"/>: one self-contained HTML document (styles and charts inline, no script,
/// no fetch; it opens offline and prints on A4 and Letter) with the headline totals and their qualifiers, what was
/// counted and what was itemised inside a counted parent, three charts (cumulative, by year, committed vs disbursed per
/// donor) each with a table of its figures, the check of every stated equivalent and of every qualified total against
/// its itemised parts, the records behind each donor's
/// totals with their rates and sources, and the rates' credits. Every text from the ledger is HTML-encoded.
/// </summary>
/// <example>
/// <code>
/// Ledger ledger = await LedgerJson.ReadFileAsync("japan-ukraine.ledger.json", clock);
/// var report = new ReportBuilder(ledger, new ReportOptions(Currency.USD) { Title = "Japan's aid to Ukraine" });
/// await using FileStream file = File.Create("report.html");
/// await report.WriteHtmlAsync(file);
/// byte[] png = report.RenderChart(ChartKind.Cumulative, ChartFormat.Png);
/// </code>
/// </example>
/// <remarks>
/// The figures are computed once, on first use, with two summaries of the ledger (committed and disbursed, by donor and
/// month) that the totals and bars read; the cumulative chart is the library's cumulative series (one summary per
/// point). A report is not thread-safe while its figures are first computed.
/// </remarks>
public sealed class ReportBuilder
{
    private readonly Ledger _ledger;
    private readonly ReportOptions _options;
    private ReportData? _data;

    /// <summary>Creates the report of <paramref name="ledger"/>.</summary>
    /// <param name="ledger">The ledger (validated).</param>
    /// <param name="options">What to show and how.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public ReportBuilder(Ledger ledger, ReportOptions options)
    {
        _ledger = Preconditions.CheckNotNull(ledger);
        _options = Preconditions.CheckNotNull(options);
    }

    /// <summary>Gets the version of AidTracker.Reports written into the report (<c>0.1.0</c>).</summary>
    public static string Version { get; } =
        typeof(ReportBuilder)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>
    /// Gets how many amounts could not be converted into the reporting currency (no rate): the report lists them and
    /// leaves them out of its totals and charts, never as zero. Computes the report's figures if they are not yet.
    /// </summary>
    public int UnconvertedCount => Data(CancellationToken.None).Unconverted.Count();

    /// <summary>Returns the report as one HTML document.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="AidTracker.Aggregation.SummaryOverflowException">A total does not fit in a
    /// <see cref="decimal"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string ToHtml(CancellationToken cancellationToken = default)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        new ReportHtml(Data(cancellationToken), Version).Write(writer, cancellationToken);
        return writer.ToString();
    }

    /// <summary>Writes the report as one HTML document (UTF-8, no byte-order mark) to
    /// <paramref name="destination"/>.</summary>
    /// <param name="destination">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the report is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <c>null</c>.</exception>
    /// <exception cref="AidTracker.Aggregation.SummaryOverflowException">A total does not fit in a
    /// <see cref="decimal"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task WriteHtmlAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(destination);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        new ReportHtml(Data(cancellationToken), Version).Write(writer, cancellationToken);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Draws one of the report's charts on its own (for slides): SVG text in UTF-8, or a PNG
    /// picture.</summary>
    /// <param name="kind">Which chart.</param>
    /// <param name="format">SVG or PNG.</param>
    /// <param name="width">The width in pixels, from 200 to 8,000.</param>
    /// <param name="height">The height in pixels, from 150 to 8,000.</param>
    /// <returns>The chart's bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is outside its range, or <paramref name="kind"/> or
    /// <paramref name="format"/> is not defined.</exception>
    public byte[] RenderChart(ChartKind kind, ChartFormat format, int width = 900, int height = 420)
    {
        Preconditions.CheckArgumentRange(
            Enum.IsDefined(kind),
            nameof(kind),
            kind,
            FormattableString.Invariant($"{kind} is not a chart kind.")
        );
        Preconditions.CheckArgumentRange(
            Enum.IsDefined(format),
            nameof(format),
            format,
            FormattableString.Invariant($"{format} is not a chart format.")
        );
        Preconditions.CheckArgumentRange(
            width is >= 200 and <= 8000,
            nameof(width),
            width,
            FormattableString.Invariant($"A chart is 200 to 8,000 pixels wide; {width} is outside that range.")
        );
        Preconditions.CheckArgumentRange(
            height is >= 150 and <= 8000,
            nameof(height),
            height,
            FormattableString.Invariant($"A chart is 150 to 8,000 pixels high; {height} is outside that range.")
        );
        return ChartRenderer.Render(ChartModels.Build(Data(CancellationToken.None), kind), format, width, height);
    }

    private ReportData Data(CancellationToken cancellationToken) =>
        _data ??= new ReportData(_ledger, _options, cancellationToken);
}
