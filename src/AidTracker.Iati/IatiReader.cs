using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using AidTracker.Iati.Internal;
using AidTracker.Internal;

namespace AidTracker.Iati;

/// <summary>
/// A streaming reader of IATI activity files (<c>iati-activities</c>, versions 2.01 to 2.03): it reads one
/// <see cref="IatiActivity"/> at a time with an <see cref="XmlReader"/>, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// <para>Opening a reader (<see cref="Open"/>, <see cref="Create(Stream, string, bool)"/>) reads the root element and
/// refuses, with an <see cref="IatiFormatException"/>, a file that is not an <c>iati-activities</c> file, and, with an
/// <see cref="IatiVersionNotSupportedException"/>, one of another version (e.g. 1.03). A version attribute that is not
/// a version number at all (a placeholder such as <c>TEXT</c>) is a warning in <see cref="FileProblems"/>, and the file
/// is read as 2.03.</para>
/// <para>DTD processing is prohibited and no external resource is ever resolved: a file with a <c>DOCTYPE</c> is
/// refused before any entity is read. A file that is not well-formed XML throws <see cref="IatiFormatException"/> with
/// the line and position where <see cref="ReadActivities"/> met the fault; the activities already returned stay
/// valid.</para>
/// <para>An element's text or an attribute longer than <see cref="MaxTextLength"/> characters refuses the file with an
/// <see cref="IatiFormatException"/> naming the activity and the element; messages quote at most 80 characters of any
/// value (then <c>…</c>), with control characters shown as escapes.</para>
/// <para>Values and codes are read as written (trimmed). Problems inside an activity (a missing or repeated value, a
/// value that is not a decimal number, a missing transaction type, a malformed date or flag) never throw: they are
/// listed in <see cref="IatiActivity.Problems"/> with their line. A reader is not thread-safe and reads once.</para>
/// </remarks>
public sealed partial class IatiReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lineInfo;
    private readonly IatiNames _names;
    private readonly Stream? _stream;
    private readonly List<IatiProblem> _fileProblems = [];
    private bool _started;
    private bool _disposed;

    private IatiReader(XmlReader xml, Stream? stream, string? fileName)
    {
        _xml = xml;
        _lineInfo = (IXmlLineInfo)xml;
        _names = new IatiNames(xml.NameTable);
        _stream = stream;
        FileName = fileName;
    }

    /// <summary>
    /// The most characters the text of one element (an identifier, a value, a narrative) or one attribute may have:
    /// 1,048,576. Real files' longest texts (project descriptions) have a few thousand; a longer one makes
    /// <see cref="ReadActivities"/> throw <see cref="IatiFormatException"/> naming the activity and the element, and
    /// the text is read in chunks up to the limit, never whole.
    /// </summary>
    public const int MaxTextLength = 1024 * 1024;

    /// <summary>Gets the versions of <c>iati-activities</c> files that are read: 2.01, 2.02 and 2.03.</summary>
    public static IReadOnlyList<string> SupportedVersions { get; } = ["2.01", "2.02", "2.03"];

    /// <summary>Gets the file's name or path as given when the reader was created, or <c>null</c>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the <c>version</c> attribute of the <c>iati-activities</c> element as written (trimmed), or
    /// <c>null</c> when missing.</summary>
    public string? Version { get; private set; }

    /// <summary>Gets the problems of the file as a whole (for example a version attribute that is not a version
    /// number).</summary>
    public IReadOnlyList<IatiProblem> FileProblems => _fileProblems;

    /// <summary>Gets the number of activities returned so far by <see cref="ReadActivities"/>.</summary>
    public int ActivitiesRead { get; private set; }

    /// <summary>Gets how far the underlying stream has been read, in bytes, or <c>null</c> when the stream cannot
    /// tell.</summary>
    internal long? BytesRead => _stream is { CanSeek: true } s ? s.Position : null;

    /// <summary>Opens the IATI activity file at <paramref name="path"/> and reads its root element.</summary>
    /// <param name="path">The file's path; it also names the file in problems and exceptions.</param>
    /// <returns>A reader positioned before the first activity; dispose it to close the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="IatiVersionNotSupportedException">The file declares a version other than 2.01 to
    /// 2.03.</exception>
    /// <exception cref="IatiFormatException">The file is not well-formed XML, has a DOCTYPE, or is not an
    /// <c>iati-activities</c> file.</exception>
    public static IatiReader Open(string path)
    {
        Preconditions.CheckNotNullOrWhiteSpace(path);
        var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            64 * 1024,
            FileOptions.SequentialScan
        );
        return Create(stream, path, leaveOpen: false);
    }

    /// <summary>Creates a reader over <paramref name="stream"/> (encoding detected from the XML declaration) and reads
    /// its root element.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="fileName">A name for the data, used in problems and exceptions, or <c>null</c>.</param>
    /// <param name="leaveOpen"><c>true</c> to leave <paramref name="stream"/> open when the reader is disposed.</param>
    /// <returns>A reader positioned before the first activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <c>null</c>.</exception>
    /// <exception cref="IatiVersionNotSupportedException">The file declares a version other than 2.01 to
    /// 2.03.</exception>
    /// <exception cref="IatiFormatException">The data is not well-formed XML, has a DOCTYPE, or is not an
    /// <c>iati-activities</c> file.</exception>
    public static IatiReader Create(Stream stream, string? fileName, bool leaveOpen)
    {
        Preconditions.CheckNotNull(stream);
        XmlReader xml = CreateXml(
            () => XmlReader.Create(stream, CreateSettings(closeInput: !leaveOpen)),
            fileName,
            leaveOpen ? null : stream
        );
        return Start(new IatiReader(xml, stream, fileName));
    }

    /// <summary>Creates a reader over XML text and reads its root element.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="fileName">A name for the data, used in problems and exceptions, or <c>null</c>.</param>
    /// <param name="leaveOpen"><c>true</c> to leave <paramref name="reader"/> open when this reader is
    /// disposed.</param>
    /// <returns>A reader positioned before the first activity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <c>null</c>.</exception>
    /// <exception cref="IatiVersionNotSupportedException">The file declares a version other than 2.01 to
    /// 2.03.</exception>
    /// <exception cref="IatiFormatException">The data is not well-formed XML, has a DOCTYPE, or is not an
    /// <c>iati-activities</c> file.</exception>
    public static IatiReader Create(TextReader reader, string? fileName, bool leaveOpen)
    {
        Preconditions.CheckNotNull(reader);
        XmlReader xml = CreateXml(
            () => XmlReader.Create(reader, CreateSettings(closeInput: !leaveOpen)),
            fileName,
            leaveOpen ? null : reader
        );
        return Start(new IatiReader(xml, null, fileName));
    }

    /// <summary>
    /// Reads the activities one at a time, in file order. Each activity is built when the enumeration reaches it and is
    /// not kept by the reader. Can be enumerated once.
    /// </summary>
    /// <returns>The activities.</returns>
    /// <exception cref="InvalidOperationException">The activities were already read.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="IatiFormatException">The file stops being well-formed XML, or an element's text or an attribute
    /// is longer than <see cref="MaxTextLength"/> (thrown when the enumeration reaches the fault).</exception>
    public IEnumerable<IatiActivity> ReadActivities()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_started)
        {
            throw new InvalidOperationException(
                FormattableString.Invariant(
                    $"The activities of '{FileName ?? "<input>"}' were already read; an IatiReader reads once."
                )
            );
        }

        _started = true;
        return ReadAll();
    }

    /// <summary>Closes the XML reader and, unless it was left open, the underlying stream or text reader.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _xml.Dispose();
        }
    }

    /// <summary>Returns the transaction type for a TransactionType code as written (1 to 13), or <c>null</c>.</summary>
    internal static IatiTransactionType? ParseTransactionType(string? code) =>
        code switch
        {
            "1" => IatiTransactionType.IncomingFunds,
            "2" => IatiTransactionType.OutgoingCommitment,
            "3" => IatiTransactionType.Disbursement,
            "4" => IatiTransactionType.Expenditure,
            "5" => IatiTransactionType.InterestPayment,
            "6" => IatiTransactionType.LoanRepayment,
            "7" => IatiTransactionType.Reimbursement,
            "8" => IatiTransactionType.PurchaseOfEquity,
            "9" => IatiTransactionType.SaleOfEquity,
            "10" => IatiTransactionType.CreditGuarantee,
            "11" => IatiTransactionType.IncomingCommitment,
            "12" => IatiTransactionType.OutgoingPledge,
            "13" => IatiTransactionType.IncomingPledge,
            _ => null,
        };

    private const int MaxParserMessageLength = 200;

    private static XmlReaderSettings CreateSettings(bool closeInput) =>
        new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = closeInput,
            NameTable = new NameTable(),
        };

    private static IatiReader Start(IatiReader reader)
    {
        try
        {
            reader.ReadHeader();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private IEnumerable<IatiActivity> ReadAll()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            IatiActivity? activity;
            try
            {
                activity = ReadNextActivity();
            }
            catch (XmlException e)
            {
                throw Translate(e);
            }

            if (activity is null)
            {
                yield break;
            }

            ActivitiesRead++;
            yield return activity;
        }
    }

    /// <summary>
    /// The XML parser's message with each part it quotes from the input (a name, an entity, a character) shown through
    /// <see cref="InputText"/>, and cut after <see cref="MaxParserMessageLength"/> characters: the parser would
    /// otherwise echo a 100,000-character element name whole, or list thousands of unclosed elements.
    /// </summary>
    private static string ParserMessage(string message)
    {
        string quoted = QuotedPart().Replace(message, m => "'" + InputText.Shorten(m.Groups[1].ValueSpan) + "'");
        return quoted.Length <= MaxParserMessageLength
            ? quoted
            : string.Concat(quoted.AsSpan(0, MaxParserMessageLength), "…");
    }

    [GeneratedRegex("'([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPart();

    private IatiFormatException Translate(XmlException e) =>
        Translate(e, FileName, _lineInfo.LineNumber, _lineInfo.LinePosition);

    private static IatiFormatException Translate(XmlException e, string? fileName, int currentLine, int currentPosition)
    {
        string file = fileName ?? "<input>";
        int line = e.LineNumber > 0 ? e.LineNumber : currentLine;
        int position = e.LineNumber > 0 ? e.LinePosition : currentPosition;
        string where = line > 0 ? FormattableString.Invariant($" at line {line}") : " before its root element";
        string message = e.Message.Contains("DTD", StringComparison.Ordinal)
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The file '{file}' has a document type declaration (DOCTYPE){where}; DTDs and entities are refused "
                    + $"for security, and none was read."
            )
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The file '{file}' is not well-formed XML at line {line}, position {position}: "
                    + $"{ParserMessage(e.Message)}"
            );
        return new IatiFormatException(message, fileName, line, position, e);
    }

    /// <summary>
    /// Creates the XML reader; the parser reads the first bytes at once (to detect the encoding), so a fault there is a
    /// format error too, and the input the reader would have owned is closed.
    /// </summary>
    private static XmlReader CreateXml(Func<XmlReader> create, string? fileName, IDisposable? owned)
    {
        try
        {
            return create();
        }
        catch (XmlException e)
        {
            owned?.Dispose();
            throw Translate(e, fileName, 0, 0);
        }
    }
}
