using System.ComponentModel;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Fts;
using AidTracker.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Commands;

internal sealed partial class ImportFtsCommand
{
    /// <summary>The arguments and options of <c>import fts</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--output <LEDGER>")]
        [Description("The ledger file to write (required); it is written completely or not at all.")]
        public string? Output { get; set; }

        [CommandOption("--boundary <BOUNDARY>")]
        [Description(
            "Which flows to import: incoming (into the searched location, the default; what FTS's funding total "
                + "counts), internal, outgoing or all."
        )]
        public string? Boundary { get; set; }

        [CommandOption("--shared <CHOICE>")]
        [Description(
            "Flows shared across several locations or years: skip (the default, as FTS's totals do; counted in the "
                + "report) or include."
        )]
        public string? Shared { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("Format of the import report on standard output: table (the default) or json.")]
        public string? Format { get; set; }

        [CommandArgument(0, "<FILES>")]
        [Description(
            "Pages of one FTS flow search (JSON answers of the FTS API), in any order; - reads one from standard input."
        )]
        public string[] Files { get; set; } = [];

        [CommandOption("--strict")]
        [Description(
            "Write no ledger (and exit 1) when a flow is left out for a problem of its data; by default it is reported "
                + "and left out."
        )]
        public bool Strict { get; set; }
    }
}
