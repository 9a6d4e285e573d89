using AidTracker.Iati.Internal;
using NodaTime;

namespace AidTracker.Iati;

public sealed partial class IatiImporter
{
    /// <summary>Returns <paramref name="text"/> with every run of white space and control characters made one space,
    /// trimmed; <c>null</c> when nothing is left.</summary>
    internal static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        bool clean = true;
        foreach (char c in text)
        {
            if (char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' '))
            {
                clean = false;
                break;
            }
        }

        if (clean && !text.Contains("  ", StringComparison.Ordinal))
        {
            return IatiLexical.Trimmed(text);
        }

        return AidTracker.Internal.TextCleaning.CollapseWhiteSpace(text);
    }

    /// <summary>The instrument for an IATI FinanceType code: 110 grant, 421 loan, 1100 guarantee, 510 equity, anything
    /// else other.</summary>
    internal static AidInstrument InstrumentOf(string? financeType) =>
        financeType switch
        {
            "110" => AidInstrument.Grant,
            "421" => AidInstrument.Loan,
            "1100" => AidInstrument.Guarantee,
            "510" => AidInstrument.Equity,
            _ => AidInstrument.Other,
        };

    /// <summary>The party for an IATI organisation: its identifier and name (either standing for the other when one is
    /// missing), or <c>null</c>.</summary>
    internal static Party? PartyOf(IatiOrganisation? organisation)
    {
        if (organisation is null)
        {
            return null;
        }

        string? id = Normalize(organisation.Ref);
        string? name = Normalize(organisation.Name);
        return id is null && name is null ? null : Party.Organisation(id ?? name!, name ?? id!);
    }

    private sealed class TypeCounter
    {
        public int Imported { get; set; }

        public int Skipped { get; set; }

        public int Rejected { get; set; }
    }

    private sealed record ImportedRecord(
        LedgerRecord Record,
        RecordLocation Location,
        string TypeKey,
        string FileName,
        int Line,
        string? ActivityId,
        int Position
    );
}
