using System.Net;

namespace AidTracker.Reports.Internal;

/// <summary>
/// Writes HTML: every text that comes from a ledger or a caller is encoded (<c>&lt;</c>, <c>&amp;</c>, quotes), and
/// only <c>http</c> and <c>https</c> addresses become links (a <c>javascript:</c> address stays text).
/// </summary>
internal sealed class Html(TextWriter writer)
{
    public TextWriter Writer => writer;

    /// <summary>Encodes text for an element's content or an attribute's value.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Writes markup as it is (only for markup this code writes).</summary>
    public Html Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    /// <summary>Writes encoded text.</summary>
    public Html Text(string? text)
    {
        writer.Write(Encode(text));
        return this;
    }

    /// <summary>Writes <c>&lt;tag&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        writer.Write('<');
        writer.Write(tag);
        if (cssClass is not null)
        {
            writer.Write(" class=\"");
            writer.Write(cssClass);
            writer.Write('"');
        }

        writer.Write('>');
        writer.Write(Encode(text));
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
        return this;
    }

    /// <summary>Writes a link when <paramref name="url"/> is an absolute http(s) address, else the title as
    /// text.</summary>
    public Html Link(Uri? url, string title)
    {
        if (
            url is not null
            && url.IsAbsoluteUri
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        )
        {
            writer.Write("<a href=\"");
            writer.Write(Encode(url.AbsoluteUri));
            writer.Write("\" rel=\"noopener noreferrer external\">");
            writer.Write(Encode(title));
            writer.Write("</a>");
        }
        else
        {
            writer.Write(Encode(title));
        }

        return this;
    }

    /// <summary>Writes a table: an optional caption, the headers, and rows of encoded text (numeric columns
    /// right-aligned).</summary>
    public Html Table(
        string? caption,
        IReadOnlyList<string> headers,
        IEnumerable<string[]> rows,
        string? cssClass = null,
        Func<int, bool>? numeric = null
    )
    {
        writer.Write("<div class=\"scroll\"><table");
        if (cssClass is not null)
        {
            writer.Write(" class=\"" + cssClass + "\"");
        }

        writer.Write('>');
        if (caption is not null)
        {
            Element("caption", caption);
        }

        writer.Write("<thead><tr>");
        foreach (string header in headers)
        {
            writer.Write("<th scope=\"col\">");
            writer.Write(Encode(header));
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");
        foreach (string[] row in rows)
        {
            writer.Write("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                writer.Write(numeric?.Invoke(i) == true ? "<td class=\"num\">" : "<td>");
                writer.Write(Encode(row[i]));
                writer.Write("</td>");
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody></table></div>\n");
        return this;
    }
}
