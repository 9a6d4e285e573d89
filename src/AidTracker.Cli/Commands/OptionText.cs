using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Commands;

/// <summary>The help texts of the options several commands share (each command declares its options itself, so that
/// --help lists them in a useful order).</summary>
internal static class OptionText
{
    public const string Format =
        "Output format: table (for people, the default) or json (the stable contract in " + DocsLinks.Base + "cli.md).";

    public const string Output =
        "Write the output to FILE instead of standard output; the file is written completely or not at all.";

    public const string Rates =
        "Where rates come from: default (ECB daily rates, else NBU daily rates, else IMF annual averages), ecb, nbu, "
        + "imf, or a FILE (ECB CSV, or date,base,quote,rate CSV).";

    public const string Tolerance =
        "How many days before a date a daily rate may be (default 7: weekends and holidays; 0 for the date itself "
        + "only). A rate older than its date says how old.";

    public const string DataDir = Infrastructure.DataFolderOption.Description;

    public const string Basis =
        "Rate basis: daily (the rate of the date, or of the last day with a rate within the tolerance, 7 days, before "
        + "it) or annual-average (the IMF average of the year). Default: any, daily first.";
}
