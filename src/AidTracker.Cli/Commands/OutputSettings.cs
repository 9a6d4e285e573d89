using System.ComponentModel;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

/// <summary>The options every reporting command shares: <c>--format</c> and <c>-o</c>.</summary>
internal class OutputSettings : CommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table (for people, the default) or json (the stable contract in docs/cli.md).")]
    public string? Format { get; set; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Write the output to FILE instead of standard output; the file is written completely or not at all.")]
    public string? Output { get; set; }
}
