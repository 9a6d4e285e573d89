namespace AidTracker;

/// <summary>The outcome of <see cref="AmountParser.TryParse"/>: the amount, or where and why parsing stopped.</summary>
internal struct ParsedAmount
{
    public decimal Amount;
    public Currency? Currency;
    public AmountQualifier Qualifier;
    public AmountParseError Error;
    public int ErrorPosition;
    public int ErrorLength;
}
