using System.Globalization;
using System.Xml;
using AidTracker.Iati.Internal;
using AidTracker.Internal;

namespace AidTracker.Iati;

public sealed partial class IatiReader
{
    private readonly List<PendingProblem> _pending = [];
    private bool _onActivityEnd;
    private string? _activityId;
    private int _activityLine;
    private char[]? _chunk;

    private int Line => _lineInfo.LineNumber;

    private bool IsIati(string atomizedName) =>
        ReferenceEquals(_xml.LocalName, atomizedName) && _xml.NamespaceURI.Length == 0;

    private void ReadHeader()
    {
        try
        {
            if (_xml.MoveToContent() != XmlNodeType.Element)
            {
                throw new IatiFormatException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The file '{FileName ?? "<input>"}' has no root element; an IATI activity file has an "
                            + $"iati-activities element."
                    ),
                    FileName,
                    Line,
                    _lineInfo.LinePosition
                );
            }

            if (!IsIati(_names.IatiActivities))
            {
                throw new IatiFormatException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The root element of '{FileName ?? "<input>"}' is '{InputText.Shorten(_xml.Name)}', not "
                            + $"'iati-activities': it is not an IATI activity file."
                    ),
                    FileName,
                    Line,
                    _lineInfo.LinePosition
                );
            }

            Version = IatiLexical.Trimmed(Attribute("version"));
            CheckVersion();
            _xml.Read(); // into the root's content (or past an empty root)
        }
        catch (XmlException e)
        {
            throw Translate(e);
        }
    }

    private void CheckVersion()
    {
        if (Version is null)
        {
            AddFileProblem(
                IatiProblemSeverity.Warning,
                "The iati-activities element has no version attribute; the file is read as version 2.03."
            );
        }
        else if (!SupportedVersions.Contains(Version, StringComparer.Ordinal))
        {
            if (IsVersionNumber(Version))
            {
                throw new IatiVersionNotSupportedException(Version, FileName, Line, _lineInfo.LinePosition);
            }

            AddFileProblem(
                IatiProblemSeverity.Warning,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The version attribute '{InputText.Shorten(Version)}' is not an IATI version number; the file is "
                        + $"read as version 2.03."
                )
            );
        }
    }

    private static bool IsVersionNumber(string version) =>
        version.Length > 0
        && char.IsAsciiDigit(version[0])
        && char.IsAsciiDigit(version[^1])
        && version.All(c => char.IsAsciiDigit(c) || c == '.');

    private void AddFileProblem(IatiProblemSeverity severity, string message) =>
        _fileProblems.Add(
            new IatiProblem(severity, message, FileName, Line, activityId: null, transactionPosition: null)
        );

    private IatiActivity? ReadNextActivity()
    {
        if (_onActivityEnd)
        {
            // Moving past the previous activity's end tag reads the next tag: done here, so that a fault there does not
            // take the previous activity with it.
            _onActivityEnd = false;
            _xml.Read();
        }

        while (!_xml.EOF)
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == 1)
            {
                if (IsIati(_names.IatiActivity))
                {
                    return ReadActivity();
                }

                _xml.Skip();
                continue;
            }

            _xml.Read();
        }

        return null;
    }

    private IatiActivity ReadActivity()
    {
        _pending.Clear();
        int line = Line;
        _activityLine = line;
        _activityId = null;
        int depth = _xml.Depth;
        string? defaultCurrency = IatiLexical.Trimmed(Attribute("default-currency"));
        bool? humanitarian = ReadFlag("humanitarian", line, transactionIndex: -1);
        string? identifier = null;
        string? title = null;
        IatiOrganisation? reportingOrg = null;
        List<string>? countries = null;
        string? defaultFinanceType = null;
        List<IatiTransaction>? transactions = null;

        if (!_xml.IsEmptyElement)
        {
            _xml.Read();
            while (_xml.Depth > depth)
            {
                if (_xml.NodeType != XmlNodeType.Element || _xml.NamespaceURI.Length != 0)
                {
                    SkipNode();
                    continue;
                }

                string name = _xml.LocalName;
                if (ReferenceEquals(name, _names.Transaction))
                {
                    transactions ??= [];
                    transactions.Add(ReadTransaction(transactions.Count));
                }
                else if (ReferenceEquals(name, _names.IatiIdentifier))
                {
                    // Read even when an earlier one was (the first wins): the read is what moves past the element.
                    string? read = IatiLexical.Trimmed(ReadText());
                    identifier ??= read;
                    _activityId ??= identifier;
                }
                else if (ReferenceEquals(name, _names.ReportingOrg))
                {
                    IatiOrganisation read = ReadOrganisation();
                    reportingOrg ??= read;
                }
                else if (ReferenceEquals(name, _names.Title))
                {
                    string? read = ReadNarrative();
                    title ??= read;
                }
                else if (ReferenceEquals(name, _names.RecipientCountry))
                {
                    string? code = IatiLexical.Trimmed(Attribute("code"));
                    if (code is not null)
                    {
                        (countries ??= []).Add(code);
                    }

                    _xml.Skip();
                }
                else if (ReferenceEquals(name, _names.DefaultFinanceType))
                {
                    defaultFinanceType ??= IatiLexical.Trimmed(Attribute("code"));
                    _xml.Skip();
                }
                else if (ReferenceEquals(name, _names.Budget) || ReferenceEquals(name, _names.PlannedDisbursement))
                {
                    CheckBudget(name);
                }
                else
                {
                    _xml.Skip();
                }
            }
        }

        _onActivityEnd = true;
        if (identifier is null)
        {
            _pending.Add(
                new PendingProblem(
                    IatiProblemSeverity.Warning,
                    FormattableString.Invariant($"The activity at line {line} has no iati-identifier."),
                    line,
                    -1
                )
            );
        }

        IReadOnlyList<IatiTransaction> transactionList = transactions is null ? [] : transactions;
        return new IatiActivity(
            identifier,
            title,
            reportingOrg,
            defaultCurrency,
            humanitarian,
            countries is null ? [] : countries,
            defaultFinanceType,
            line,
            transactionList,
            (IReadOnlyList<IatiProblem>?)MaterializeProblems(identifier, transactionList) ?? []
        );
    }

    private List<IatiProblem>? MaterializeProblems(string? activityId, IReadOnlyList<IatiTransaction> transactions)
    {
        if (_pending.Count == 0)
        {
            return null;
        }

        var problems = new List<IatiProblem>(_pending.Count);
        foreach (PendingProblem pending in _pending.OrderBy(p => p.Line))
        {
            int? position = pending.TransactionIndex >= 0 ? pending.TransactionIndex + 1 : null;
            var problem = new IatiProblem(
                pending.Severity,
                pending.Message,
                FileName,
                pending.Line,
                activityId,
                position
            );
            problems.Add(problem);
            if (pending.TransactionIndex >= 0)
            {
                ((List<IatiProblem>)transactions[pending.TransactionIndex].Problems).Add(problem);
            }
        }

        _pending.Clear();
        return problems;
    }
}
