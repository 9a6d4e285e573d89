using System.Globalization;
using System.Xml;
using AidTracker.Iati.Internal;
using NodaTime;

namespace AidTracker.Iati;

// The elements of a transaction (its value, dates, parties and codes) and the budget checks, with the problems they
// find kept pending until the activity ends.
public sealed partial class IatiReader
{
    private IatiTransaction ReadTransaction(int index)
    {
        int line = Line;
        int depth = _xml.Depth;
        int pendingBefore = _pending.Count;
        string? @ref = IatiLexical.Trimmed(Attribute("ref"));
        bool? humanitarian = ReadFlag("humanitarian", line, index);
        bool typeSeen = false;
        string? typeCode = null;
        int values = 0;
        IatiValue? value = null;
        LocalDate? date = null;
        IatiOrganisation? provider = null;
        IatiOrganisation? receiver = null;
        string? financeType = null;
        string? country = null;
        string? description = null;

        if (_xml.IsEmptyElement)
        {
            _xml.Read();
        }
        else
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
                if (ReferenceEquals(name, _names.Value))
                {
                    values++;
                    IatiValue? read = ReadValue(index);
                    if (values == 1)
                    {
                        value = read;
                    }
                }
                else if (ReferenceEquals(name, _names.TransactionType))
                {
                    if (!typeSeen)
                    {
                        typeSeen = true;
                        typeCode = IatiLexical.Trimmed(Attribute("code"));
                    }

                    _xml.Skip();
                }
                else if (ReferenceEquals(name, _names.TransactionDate))
                {
                    date ??= ReadDate("iso-date", "transaction-date", index);
                    _xml.Skip();
                }
                else if (ReferenceEquals(name, _names.ProviderOrg))
                {
                    IatiOrganisation read = ReadOrganisation();
                    provider ??= read;
                }
                else if (ReferenceEquals(name, _names.Description))
                {
                    string? read = ReadNarrative();
                    description ??= read;
                }
                else if (ReferenceEquals(name, _names.ReceiverOrg))
                {
                    IatiOrganisation read = ReadOrganisation();
                    receiver ??= read;
                }
                else if (ReferenceEquals(name, _names.FinanceType))
                {
                    financeType ??= IatiLexical.Trimmed(Attribute("code"));
                    _xml.Skip();
                }
                else if (ReferenceEquals(name, _names.RecipientCountry))
                {
                    country ??= IatiLexical.Trimmed(Attribute("code"));
                    _xml.Skip();
                }
                else
                {
                    _xml.Skip();
                }
            }

            _xml.Read();
        }

        if (typeCode is null)
        {
            AddPending(
                IatiProblemSeverity.Error,
                typeSeen
                    ? "The transaction-type element has no code, so the transaction cannot be classified."
                    : "The transaction has no transaction-type element, so it cannot be classified.",
                line,
                index
            );
        }

        if (values == 0)
        {
            AddPending(IatiProblemSeverity.Error, "The transaction has no value element.", line, index);
        }
        else if (values > 1)
        {
            AddPending(
                IatiProblemSeverity.Error,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The transaction has {values} value elements; IATI allows exactly one, and none of them is chosen "
                        + $"by guess."
                ),
                line,
                index
            );
            value = null;
        }

        IReadOnlyList<IatiProblem> problems = _pending.Count > pendingBefore ? new List<IatiProblem>() : [];
        return new IatiTransaction(
            @ref,
            index + 1,
            typeCode,
            value,
            date,
            description,
            provider,
            receiver,
            financeType,
            country,
            humanitarian,
            line,
            problems
        );
    }

    private IatiValue? ReadValue(int transactionIndex)
    {
        int line = Line;
        string? currency = IatiLexical.Trimmed(Attribute("currency"));
        LocalDate? valueDate = ReadDate("value-date", "value", transactionIndex);
        string text = ReadText();
        if (IatiLexical.TryParseDecimal(text, out decimal amount))
        {
            return new IatiValue(amount, currency, valueDate, line);
        }

        AddPending(IatiProblemSeverity.Error, DescribeBadDecimal("value", text), line, transactionIndex);
        return null;
    }

    private void CheckBudget(string elementName)
    {
        int depth = _xml.Depth;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return;
        }

        _xml.Read();
        while (_xml.Depth > depth)
        {
            if (_xml.NodeType == XmlNodeType.Element && IsIati(_names.Value))
            {
                int line = Line;
                string text = ReadText();
                if (!IatiLexical.TryParseDecimal(text, out _))
                {
                    AddPending(
                        IatiProblemSeverity.Warning,
                        DescribeBadDecimal(elementName + " value", text) + " Budgets are not imported.",
                        line,
                        -1
                    );
                }
            }
            else
            {
                SkipNode();
            }
        }

        _xml.Read();
    }

    private void AddPending(IatiProblemSeverity severity, string message, int line, int transactionIndex) =>
        _pending.Add(new PendingProblem(severity, message, line, transactionIndex));

    private readonly record struct PendingProblem(
        IatiProblemSeverity Severity,
        string Message,
        int Line,
        int TransactionIndex
    );
}
