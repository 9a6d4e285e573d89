namespace AidTracker.Rates;

/// <summary>
/// The two wide rate formats a central bank publishes: one column per currency, one row per day, each value against one
/// pivot currency. The ECB's values are units of the currency per 1 EUR; the NBU's are hryvnias per 1 unit of the
/// currency.
/// </summary>
internal sealed class WideCsvFormat
{
    /// <summary>The ECB's <c>eurofxref-hist.csv</c>: <c>Date,USD,JPY,...,</c>, units per 1 EUR, every column a known
    /// currency.</summary>
    public static readonly WideCsvFormat Ecb = new(
        "ECB",
        Currency.EUR,
        valuesArePivotPerUnit: false,
        skipUnknownColumns: false,
        allowsExponent: false,
        "Date,USD,JPY,...",
        "units of each currency per 1 EUR"
    );

    /// <summary>
    /// The NBU's official rates as one wide CSV: <c>Date,AED,AMD,...,ZAR</c>, hryvnias per 1 unit. Columns whose code
    /// is not a currency (the NBU's own <c>SDR</c>, <c>USM</c>, <c>WDR</c> and <c>___</c> of the 1990s and 2000s) are
    /// kept in the file and skipped when read.
    /// </summary>
    public static readonly WideCsvFormat Nbu = new(
        "NBU",
        Currency.UAH,
        valuesArePivotPerUnit: true,
        skipUnknownColumns: true,
        allowsExponent: true,
        "Date,AED,AMD,...",
        "hryvnias per 1 unit of each currency"
    );

    private WideCsvFormat(
        string name,
        Currency pivot,
        bool valuesArePivotPerUnit,
        bool skipUnknownColumns,
        bool allowsExponent,
        string headerExample,
        string valueMeaning
    )
    {
        AllowsExponent = allowsExponent;
        ValueMeaning = valueMeaning;
        Name = name;
        Pivot = pivot;
        ValuesArePivotPerUnit = valuesArePivotPerUnit;
        SkipUnknownColumns = skipUnknownColumns;
        HeaderExample = headerExample;
    }

    /// <summary>Gets the publisher's name, used in messages (<c>an ECB rate file</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the currency every value is against.</summary>
    public Currency Pivot { get; }

    /// <summary>Gets a value indicating whether a value is pivot units per 1 unit of the column's currency (NBU) rather
    /// than the reverse (ECB).</summary>
    public bool ValuesArePivotPerUnit { get; }

    /// <summary>Gets a value indicating whether a column that is not a known currency is skipped rather than an
    /// error.</summary>
    public bool SkipUnknownColumns { get; }

    /// <summary>Gets what a value means, for messages (<c>units of each currency per 1 EUR</c>).</summary>
    public string ValueMeaning { get; }

    /// <summary>Gets a value indicating whether a value may be written with an exponent (the NBU's <c>3.95e-06</c> TRL
    /// of 2004).</summary>
    public bool AllowsExponent { get; }

    /// <summary>Gets how the header starts, for messages.</summary>
    public string HeaderExample { get; }
}
