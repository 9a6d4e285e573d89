using System.Globalization;
using System.Text.RegularExpressions;

namespace AidTracker.Reports.Internal;

/// <summary>
/// Makes a chart's SVG fit inside an HTML page beside others: the XML declaration goes, the element ids (clip paths)
/// get the chart's own prefix so that two charts never share one, the SVG scales with its box (a view box) and is named
/// for assistive technology (<c>role="img"</c>, labelled by its caption), and glyph position lists are reduced to their
/// first value (Skia writes one position per glyph with a trailing comma, which browsers reject).
/// </summary>
internal static partial class SvgInline
{
    public static string Prepare(string svg, string idPrefix, string labelledBy, int width, int height)
    {
        string body = XmlDeclaration().Replace(svg, string.Empty).Trim();
        body = Ids().Replace(body, m => m.Groups[1].Value + idPrefix + m.Groups[2].Value);
        body = GlyphPositions().Replace(body, m => m.Groups[1].Value + "=\"" + m.Groups[2].Value + "\"");
        string open = string.Create(
            CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{labelledBy}\" viewBox=\"0 0 {width} {height}\" "
                + $"preserveAspectRatio=\"xMidYMid meet\""
        );
        return SvgOpen().Replace(body, open, 1);
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"(id=""|url\(#)(cl_[0-9]+)")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\b([xy])=""(-?[0-9.eE+-]+)(?:, [^""]*)?""")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex(@"<svg\b")]
    private static partial Regex SvgOpen();
}
