using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary><c>aidtracker rates</c>: the rate sources, their currencies, their date coverage (and how stale it is) and
/// their credits.</summary>
internal sealed class RatesCommand(CliServices services) : AsyncCommand<RatesCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFile.CheckNotAnInput(settings.Output, settings.Rates);
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        RateSourceOption rates = RateSourceOption.Resolve(
            settings.Rates,
            DataFolderOption.Resolve(settings.DataDir, services.Environment)
        );
        LocalDate today = services.Today;
        List<RateSourceCoverage> coverage = [.. rates.Tables.SelectMany(t => t.Coverage)];
        IReadOnlyList<string> credits = Credits.For(coverage.Select(c => c.Source), rates.FileName);

        Report report =
            format == OutputFormat.Json
                ? Report.Text(Json.Document(w => WriteJson(w, rates, coverage, today, credits)))
                : Report.Renderables(Table(rates, coverage, today, credits));
        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Days from <paramref name="lastDate"/> to <paramref name="today"/> (0 when the data reaches today or
    /// later).</summary>
    internal static int DaysStale(LocalDate? lastDate, LocalDate today) =>
        lastDate is LocalDate last && last < today ? Period.Between(last, today, PeriodUnits.Days).Days : 0;

    private static string Description(RateSourceOption rates) =>
        rates.Name switch
        {
            "default" =>
                "Default: the ECB daily rate of the value date (or of the last business day within 7 days before it), "
                    + "else the NBU daily rate (within 7 days), else the IMF annual average of the value date's year.",
            "ecb" => "The ECB daily euro reference rates only, crossed through EUR.",
            "nbu" => "The National Bank of Ukraine's official daily rates only, crossed through UAH.",
            "imf" => "The IMF annual averages only, crossed through USD.",
            _ => $"The rates of the file {rates.Name}.",
        };

    private static List<IRenderable> Table(
        RateSourceOption rates,
        IReadOnlyList<RateSourceCoverage> coverage,
        LocalDate today,
        IReadOnlyList<string> credits
    )
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Source");
        table.AddColumn("Basis");
        table.AddColumn("Against");
        table.AddColumn(new TableColumn("Currencies").RightAligned());
        table.AddColumn("First date");
        table.AddColumn("Last date");
        table.AddColumn(new TableColumn("Days stale").RightAligned());
        table.AddColumn("Embedded to");
        table.AddColumn("Updated");
        foreach (RateSourceCoverage source in coverage)
        {
            RateSourceCoverage? embedded = Embedded(rates, source.Source);
            RateDownload? updated = Updated(rates, source.Source);
            string basis =
                RateText.BasisName(source.Basis)
                + (
                    source.ToleranceDays is int days
                        ? string.Create(CultureInfo.InvariantCulture, $" ({days}-day tolerance)")
                        : string.Empty
                );
            table.AddRow(
                new Text(source.Source),
                new Text(basis),
                new Text(source.Pivot?.Code ?? "-"),
                new Text(source.Currencies.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(source.FirstDate is LocalDate first ? RateText.Date(first) : "-"),
                new Text(source.LastDate is LocalDate last ? RateText.Date(last) : "-"),
                new Text(DaysStale(source.LastDate, today).ToString("N0", CultureInfo.InvariantCulture)),
                new Text(embedded?.LastDate is LocalDate embeddedLast ? RateText.Date(embeddedLast) : "-"),
                new Text(updated is null ? "-" : InstantPattern.General.Format(updated.RetrievedAt))
            );
        }

        var parts = new List<IRenderable>
        {
            table,
            new Text(
                Description(rates)
                    + "\n"
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"Days stale: days from the last date to today, {RateText.Date(today)}."
                    )
                    + "\n"
            ),
            new Text(UpdateNote(rates, coverage) + "\n"),
        };
        foreach (RateSourceCoverage source in coverage)
        {
            parts.Add(Text.NewLine);
            parts.Add(
                new Markup(
                    "[bold]"
                        + Markup.Escape(source.Source)
                        + " currencies[/] "
                        + Markup.Escape(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"({source.Currencies.Count}; those ending early show their last date)"
                            )
                        )
                        + "\n"
                )
            );
            parts.Add(Tables.Indented(CurrencyList(source)));
        }

        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    /// <summary>Lists the codes; a currency whose rates end before the source's last date shows its own (<c>RUB to
    /// 2022-03-01</c>).</summary>
    private static string CurrencyList(RateSourceCoverage source) =>
        string.Join(
            ", ",
            source.Currencies.Select(c =>
                c.LastDate < source.LastDate ? c.Currency.Code + " to " + RateText.Date(c.LastDate) : c.Currency.Code
            )
        );

    private static void WriteJson(
        Utf8JsonWriter w,
        RateSourceOption rates,
        IReadOnlyList<RateSourceCoverage> coverage,
        LocalDate today,
        IReadOnlyList<string> credits
    )
    {
        w.WriteStartObject();
        w.WriteString("rates", rates.Name);
        w.WriteString("today", RateText.Date(today));
        Json.StringOrNull(w, "dataDir", rates.Folder?.Path);

        w.WriteStartArray("sources");
        foreach (RateSourceCoverage source in coverage)
        {
            w.WriteStartObject();
            w.WriteString("name", source.Source);
            w.WriteString("basis", RateText.BasisName(source.Basis));
            Json.StringOrNull(w, "pivot", source.Pivot?.Code);
            Json.NumberOrNull(w, "toleranceDays", source.ToleranceDays);

            Json.Date(w, "firstDate", source.FirstDate);
            Json.Date(w, "lastDate", source.LastDate);
            WriteEmbeddedAndUpdated(w, Embedded(rates, source.Source), Updated(rates, source.Source));
            w.WriteNumber("daysStale", DaysStale(source.LastDate, today));
            w.WriteStartArray("currencies");
            foreach (CurrencyCoverage currency in source.Currencies)
            {
                w.WriteStartObject();
                w.WriteString("code", currency.Currency.Code);
                w.WriteString("firstDate", RateText.Date(currency.FirstDate));
                w.WriteString("lastDate", RateText.Date(currency.LastDate));
                w.WriteNumber("count", currency.Count);
                w.WriteNumber("daysStale", DaysStale(currency.LastDate, today));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    /// <summary>What the data embedded in the tool covers for <paramref name="source"/> (<c>null</c> for a rate
    /// file).</summary>
    private static RateSourceCoverage? Embedded(RateSourceOption rates, string source) =>
        rates.FileName is not null
            ? null
            : source switch
            {
                "ECB" => ExchangeRateSources.Ecb.Coverage[0],
                "NBU" => ExchangeRateSources.Nbu.Coverage[0],
                "IMF" => ExchangeRateSources.Imf.Coverage[0],
                _ => null,
            };

    /// <summary>What the data folder records of <paramref name="source"/>, when its file is there and is
    /// used.</summary>
    private static RateDownload? Updated(RateSourceOption rates, string source)
    {
        RateDownload? download = rates.Folder?.FindDownload(source);
        return download is not null && File.Exists(rates.Folder!.PathOf(download.FileName)) ? download : null;
    }

    private static string UpdateNote(RateSourceOption rates, IReadOnlyList<RateSourceCoverage> coverage)
    {
        if (rates.FileName is not null)
        {
            return "A rate file: no embedded or downloaded rates are used.";
        }

        var lines = new List<string>();
        foreach (RateSourceCoverage source in coverage)
        {
            if (Updated(rates, source.Source) is RateDownload d)
            {
                lines.Add(
                    $"{d.Source}: downloaded rates of {RateText.Date(d.FirstDate)} to {RateText.Date(d.LastDate)}, "
                        + $"retrieved {InstantPattern.General.Format(d.RetrievedAt)} from {d.RetrievedFrom}."
                );
            }
        }

        string folder = rates.Folder is null
            ? "no data folder (give --data-dir or set AIDTRACKER_DATA_DIR)"
            : "data folder " + rates.Folder.Path;
        return lines.Count == 0
            ? $"Embedded rates only ({folder}); 'aidtracker rates update' downloads newer ones."
            : string.Join("\n", lines)
                + $"\nDownloaded rates from the {folder}; 'aidtracker rates update' brings them up to date.";
    }

    private static void WriteEmbeddedAndUpdated(Utf8JsonWriter w, RateSourceCoverage? embedded, RateDownload? updated)
    {
        if (embedded?.FirstDate is LocalDate first && embedded.LastDate is LocalDate last)
        {
            w.WriteStartObject("embedded");
            w.WriteString("firstDate", RateText.Date(first));
            w.WriteString("lastDate", RateText.Date(last));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("embedded");
        }

        if (updated is null)
        {
            w.WriteNull("updated");
            return;
        }

        w.WriteStartObject("updated");
        w.WriteString("firstDate", RateText.Date(updated.FirstDate));
        w.WriteString("lastDate", RateText.Date(updated.LastDate));
        w.WriteString("retrievedAt", InstantPattern.ExtendedIso.Format(updated.RetrievedAt));
        w.WriteString("retrievedFrom", updated.RetrievedFrom);
        w.WriteString("file", updated.FileName);
        w.WriteEndObject();
    }

    /// <summary>The options of <c>rates</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--rates <SOURCE>")]
        [Description(
            "Which source to describe: default (ECB, then NBU, then IMF), ecb, nbu, imf, or a rate FILE (ECB CSV, or "
                + "date,base,quote,rate CSV)."
        )]
        public string? Rates { get; set; }

        [CommandOption("--data-dir <DIR>")]
        [Description(OptionText.DataDir)]
        public string? DataDir { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description(OptionText.Format)]
        public string? Format { get; set; }

        [CommandOption("-o|--output <FILE>")]
        [Description(OptionText.Output)]
        public string? Output { get; set; }
    }
}
