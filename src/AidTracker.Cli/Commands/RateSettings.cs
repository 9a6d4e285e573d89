using System.ComponentModel;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>The options of commands that convert: <c>--rates</c> and <c>--basis</c>.</summary>
internal class RateSettings : OutputSettings
{
    [CommandOption("--rates <SOURCE>")]
    [Description("Where rates come from: default (ECB daily rates, else IMF annual averages), ecb, imf, or a FILE (ECB CSV, or date,base,quote,rate CSV).")]
    public string? Rates { get; set; }

    [CommandOption("--basis <BASIS>")]
    [Description("Rate basis: daily (the rate of the value date, or of the last business day within 7 days before it) or annual-average (the IMF average of the year). Default: any, daily first.")]
    public string? Basis { get; set; }
}
