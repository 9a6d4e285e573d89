using System.ComponentModel;
using AidTracker.Cli.Infrastructure;
using AidTracker.Cli.Output;
using AidTracker.Rates;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace AidTracker.Cli.Commands;

/// <summary><c>aidtracker convert AMOUNT --to CUR [--on DATE]</c>: converts an amount phrase at a dated rate, with the
/// rate's provenance.</summary>
internal sealed class ConvertCommand(CliServices services) : AsyncCommand<ConvertCommand.Settings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        Settings settings,
        CancellationToken cancellationToken
    )
    {
        OutputFile.CheckNotAnInput(settings.Output, settings.Rates);
        OutputFormat format = OptionValues.Format(settings.Format, OutputFormat.Table, OutputFormat.Json);
        string phrase = string.Join(' ', settings.Amount).Trim();
        if (!QualifiedMoney.TryParse(phrase, out QualifiedMoney amount))
        {
            string reason = ReasonOf(phrase);
            throw CliException.Usage(
                $"'{phrase}' is not an amount: {reason} Write e.g. \"8.8 billion yen\", \"USD 12.4 billion\" or \"over "
                    + $"$12.4bn\"."
            );
        }

        if (settings.To is null)
        {
            throw CliException.Usage("convert needs --to CUR, the currency to convert into (e.g. --to USD).");
        }

        Currency to = OptionValues.Currency("--to", settings.To);
        LocalDate? on = OptionValues.OptionalDate("--on", settings.On);
        LocalDate date = on ?? services.Today;
        RateBasis? basis = OptionValues.Basis(settings.Basis);
        RateSourceOption rates = RateSourceOption.Resolve(
            settings.Rates,
            DataFolderOption.Resolve(settings.DataDir, services.Environment),
            OptionValues.Tolerance(settings.Tolerance)
        );

        if (
            !rates.Source.TryConvert(
                amount.Money,
                to,
                date,
                basis,
                out Conversion? conversion,
                out RateLookupFailure? failure
            )
        )
        {
            string hint = on is null
                ? $" Without --on the rate is for today ({RateText.Date(date)}); give --on DATE for a date the data "
                    + $"covers (see 'aidtracker rates'), or bring the rates up to date with 'aidtracker rates update'."
                : " See 'aidtracker rates' for the dates and currencies each source covers.";
            throw CliException.InvalidData(new RateNotFoundException(failure).Message + hint);
        }

        var converted = new QualifiedMoney(conversion.Converted, amount.Qualifier);
        IReadOnlyList<ExchangeRate> used = conversion.Rate.IsIdentity ? [] : [conversion.Rate];
        IReadOnlyList<string> credits = Credits.For(used.Select(r => r.Source), rates.FileName);
        Report report =
            format == OutputFormat.Json
                ? Report.Text(
                    Json.Document(w => WriteJson(w, amount, converted, used, date, conversion.FailedSources, credits))
                )
                : Report.Renderables(Table(amount, converted, used, date, conversion.FailedSources, credits));
        await OutputSink.WriteAsync(report, settings.Output, services, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string ReasonOf(string phrase)
    {
        try
        {
            _ = QualifiedMoney.Parse(phrase);
            return "it could not be read.";
        }
        catch (AmountFormatException e)
        {
            return e.Message.ReplaceLineEndings(" ").Trim();
        }
    }

    private static void WriteJson(
        System.Text.Json.Utf8JsonWriter w,
        QualifiedMoney original,
        QualifiedMoney converted,
        IReadOnlyList<ExchangeRate> used,
        LocalDate date,
        IReadOnlyList<RateLookupFailure> fallbacks,
        IReadOnlyList<string> credits
    )
    {
        w.WriteStartObject();
        w.WritePropertyName("original");
        Json.Amount(w, original);
        w.WritePropertyName("converted");
        Json.Amount(w, converted);
        w.WriteStartArray("rates");
        foreach (ExchangeRate rate in used)
        {
            Json.Rate(w, rate, date);
        }

        w.WriteEndArray();
        if (fallbacks.Count > 0)
        {
            w.WriteStartArray("fallbacks");
            foreach (RateLookupFailure failure in fallbacks)
            {
                w.WriteStartObject();
                w.WriteString("source", failure.Source);
                w.WriteString("reason", failure.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Json.Strings(w, "credits", credits);
        w.WriteEndObject();
    }

    private static List<IRenderable> Table(
        QualifiedMoney original,
        QualifiedMoney converted,
        IReadOnlyList<ExchangeRate> used,
        LocalDate date,
        IReadOnlyList<RateLookupFailure> fallbacks,
        IReadOnlyList<string> credits
    )
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Amount").RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape("In " + converted.Currency.Code)).RightAligned());
        table.AddRow(new Text(Amounts.Display(original)), new Text(Amounts.Display(converted)));
        var parts = new List<IRenderable> { table };
        parts.AddRange(Tables.RatesUsed(used.Select(r => (r, date))));
        foreach (RateLookupFailure failure in fallbacks)
        {
            parts.Add(new Text("  Not from " + failure.Source + ": " + failure.Message + "\n"));
        }

        parts.AddRange(Tables.CreditLines(credits));
        return parts;
    }

    /// <summary>The arguments and options of <c>convert</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<AMOUNT>")]
        [Description(
            "The amount, as people write it: \"8.8 billion yen\", \"JPY 8,800,000,000\", \"over $12.4 billion\", \"up "
                + "to 78 billion yen\". Quote it, or give its words as separate arguments."
        )]
        public string[] Amount { get; set; } = [];

        [CommandOption("--to <CUR>")]
        [Description("The currency to convert into (ISO 4217 code, e.g. USD).")]
        public string? To { get; set; }

        [CommandOption("--on <DATE>")]
        [Description("The date whose rate to use (yyyy-MM-dd). Default: today.")]
        public string? On { get; set; }

        [CommandOption("--basis <BASIS>")]
        [Description(OptionText.Basis)]
        public string? Basis { get; set; }

        [CommandOption("--rates <SOURCE>")]
        [Description(OptionText.Rates)]
        public string? Rates { get; set; }

        [CommandOption("--tolerance <DAYS>")]
        [Description(OptionText.Tolerance)]
        public string? Tolerance { get; set; }

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
