using System.Globalization;
using System.Text;
using System.Xml;
using AidTracker.Iati.Internal;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Iati;

/// <summary>Reading values: text, attributes, dates, flags and organisations, each bounded by
/// <see cref="MaxTextLength"/>.</summary>
public sealed partial class IatiReader
{
    private static string DescribeBadDecimal(string what, string text)
    {
        string shown = InputText.Shorten(text.AsSpan().Trim());
        return shown.Length == 0
            ? FormattableString.Invariant($"The {what} is empty; a decimal number is required.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The {what} '{shown}' is not a decimal number that can be held exactly (digits with an optional sign "
                    + $"and decimal point, at most {IatiLexical.MaxSignificantDigits} significant digits, or 29 within "
                    + $"the range of decimal)."
            );
    }

    private LocalDate? ReadDate(string attribute, string elementName, int transactionIndex)
    {
        string? text = Attribute(attribute);
        if (text is null)
        {
            return null;
        }

        if (IatiLexical.TryParseDate(text, out LocalDate date))
        {
            return date;
        }

        AddPending(
            IatiProblemSeverity.Warning,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {attribute} '{InputText.Shorten(text)}' of the {elementName} is not a date (yyyy-mm-dd); it is "
                    + $"ignored."
            ),
            Line,
            transactionIndex
        );
        return null;
    }

    private bool? ReadFlag(string attribute, int line, int transactionIndex)
    {
        string? text = Attribute(attribute);
        if (text is null)
        {
            return null;
        }

        if (IatiLexical.TryParseBoolean(text, out bool flag))
        {
            return flag;
        }

        AddPending(
            IatiProblemSeverity.Warning,
            string.Create(
                CultureInfo.InvariantCulture,
                $"The {attribute} flag '{InputText.Shorten(text)}' is not a boolean (0, 1, false or true); it is "
                    + $"ignored."
            ),
            line,
            transactionIndex
        );
        return null;
    }

    private IatiOrganisation ReadOrganisation()
    {
        string? @ref = IatiLexical.Trimmed(Attribute("ref"));
        string? type = IatiLexical.Trimmed(Attribute("type"));
        return new IatiOrganisation(@ref, ReadNarrative(), type);
    }

    /// <summary>
    /// Reads an element with narratives (a title, a description, an organisation) and moves past its end: returns the
    /// first <c>narrative</c> (trimmed), else the element's own text (version 1 style), else <c>null</c>.
    /// </summary>
    private string? ReadNarrative()
    {
        string element = _xml.LocalName;
        int depth = _xml.Depth;
        string? narrative = null;
        string? ownText = null;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return null;
        }

        _xml.Read();
        while (_xml.Depth > depth)
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                if (narrative is null && IsIati(_names.Narrative))
                {
                    narrative = IatiLexical.Trimmed(ReadText(element));
                }
                else
                {
                    _xml.Skip();
                }
            }
            else
            {
                if (ownText is null && _xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    ownText = IatiLexical.Trimmed(ReadBoundedValue(element, 0));
                }
                else
                {
                    _xml.Read();
                }
            }
        }

        _xml.Read();
        return narrative ?? ownText;
    }

    /// <summary>
    /// Reads the text of the current element (child elements skipped) and moves past its end; text longer than
    /// <see cref="MaxTextLength"/> characters is refused without being read whole.
    /// </summary>
    /// <param name="parent">The element whose child this is (<c>title</c> for its <c>narrative</c>), named in the
    /// error, or <c>null</c>.</param>
    private string ReadText(string? parent = null)
    {
        string element = parent is null ? _xml.LocalName : parent + "/" + _xml.LocalName;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return string.Empty;
        }

        int depth = _xml.Depth;
        _xml.Read();
        string text = string.Empty;
        StringBuilder? builder = null;
        while (_xml.Depth > depth)
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    string value = ReadBoundedValue(element, builder?.Length ?? text.Length);
                    if (text.Length == 0 && builder is null)
                    {
                        text = value;
                    }
                    else
                    {
                        (builder ??= new StringBuilder(text)).Append(value);
                    }

                    break;
                case XmlNodeType.Element:
                    _xml.Skip();
                    break;
                default:
                    _xml.Read();
                    break;
            }
        }

        _xml.Read();
        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Reads the current text node in chunks, so that a huge text is never held whole, and moves past it; throws when
    /// it would take <paramref name="element"/>'s text (<paramref name="before"/> characters so far) past
    /// <see cref="MaxTextLength"/>.
    /// </summary>
    private string ReadBoundedValue(string element, int before)
    {
        if (!_xml.CanReadValueChunk)
        {
            string whole = _xml.Value;
            if (before + whole.Length > MaxTextLength)
            {
                throw TooLong(element, attribute: null);
            }

            _xml.Read();
            return whole;
        }

        char[] buffer = _chunk ??= new char[4096];
        StringBuilder? builder = null;
        int length = 0;
        int read;
        while ((read = _xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
            if (before + length > MaxTextLength)
            {
                throw TooLong(element, attribute: null);
            }

            (builder ??= new StringBuilder()).Append(buffer, 0, read);
        }

        _xml.Read();
        return builder?.ToString() ?? string.Empty;
    }

    /// <summary>An attribute of the current element, or <c>null</c>; one longer than <see cref="MaxTextLength"/>
    /// characters is refused.</summary>
    private string? Attribute(string name)
    {
        string? value = _xml.GetAttribute(name);
        if (value is not null && value.Length > MaxTextLength)
        {
            throw TooLong(_xml.LocalName, name);
        }

        return value;
    }

    private IatiFormatException TooLong(string element, string? attribute)
    {
        string what = attribute is null
            ? FormattableString.Invariant($"The text of the {element} element")
            : FormattableString.Invariant($"The {attribute} attribute of the {element} element");
        string where =
            _activityLine == 0 ? "the iati-activities element"
            : _activityId is null ? FormattableString.Invariant($"the activity at line {_activityLine}")
            : FormattableString.Invariant($"activity {InputText.Quote(_activityId)} (line {_activityLine})");
        return new IatiFormatException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{what} of {where} in '{FileName ?? "<input>"}' is longer than {MaxTextLength:N0} characters, the "
                    + $"most an IATI value or text may have; the file is refused."
            ),
            FileName,
            Line,
            _lineInfo.LinePosition
        );
    }

    private void SkipNode()
    {
        if (_xml.NodeType == XmlNodeType.Element)
        {
            _xml.Skip();
        }
        else
        {
            _xml.Read();
        }
    }
}
