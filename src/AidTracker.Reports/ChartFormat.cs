namespace AidTracker.Reports;

/// <summary>How a chart is drawn: SVG (vector, the report's default) or PNG (a picture, for slides).</summary>
public enum ChartFormat
{
    /// <summary>Scalable vector graphics (UTF-8 XML), embedded inline in the report.</summary>
    Svg = 0,

    /// <summary>A PNG picture, embedded in the report as a <c>data:</c> URL (nothing is fetched).</summary>
    Png = 1,
}
