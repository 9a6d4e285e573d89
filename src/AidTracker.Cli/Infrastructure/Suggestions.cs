using System.Reflection;
using System.Text.RegularExpressions;
using AidTracker.Cli.Commands;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// "Did you mean ...?" for misspelled commands, options and currencies, and which command's <c>--help</c> a usage error
/// points to. One rule for closeness: at most two edits (insert, delete, replace, swap two neighbours), and fewer than
/// half the word's letters, ignoring case.
/// </summary>
internal static partial class Suggestions
{
    /// <summary>The commands and their settings (options), as <see cref="CommandCatalog"/> registers them; a test keeps
    /// both in step.</summary>
    public static readonly (string Name, Type Settings)[] Commands =
    [
        ("summarize", typeof(SummarizeCommand.Settings)),
        ("report", typeof(ReportCommand.Settings)),
        ("chart", typeof(ChartCommand.Settings)),
        ("reconcile", typeof(ReconcileCommand.Settings)),
        ("export", typeof(ExportCommand.Settings)),
        ("schedule", typeof(ScheduleCommand.Settings)),
        ("debt-service", typeof(DebtServiceCommand.Settings)),
        ("convert", typeof(ConvertCommand.Settings)),
        ("rates", typeof(RatesCommand.Settings)),
        ("rates update", typeof(RatesUpdateCommand.Settings)),
        ("validate", typeof(ValidateCommand.Settings)),
        ("import iati", typeof(ImportIatiCommand.Settings)),
        ("import fts", typeof(ImportFtsCommand.Settings)),
    ];

    /// <summary>Returns the candidate closest to <paramref name="text"/> within the rule, or <c>null</c>.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= 2 && bestDistance * 2 < Math.Max(text.Length, 2) ? best : null;
    }

    /// <summary>
    /// The command a command line addresses (<c>summarize</c>, <c>rates update</c>), or <c>null</c> when its first word
    /// is not a command.
    /// </summary>
    public static string? CommandOf(IReadOnlyList<string> args)
    {
        string[] words = [.. args.Where(a => !a.StartsWith('-')).Take(2)];
        if (words.Length == 0)
        {
            return null;
        }

        string? two = words.Length == 2 ? words[0] + " " + words[1] : null;
        return Commands.Any(c => c.Name == two) ? two
            : Commands.Any(c => c.Name == words[0]) || words[0] is "import" ? words[0]
            : null;
    }

    /// <summary>
    /// The words to add to a usage error from the parser: "Did you mean 'summarize'?" for an unknown command or option
    /// close to a known one, and which <c>--help</c> to read.
    /// </summary>
    public static string ForParseError(string message, IReadOnlyList<string> args)
    {
        string? command = CommandOf(args);
        string? suggestion = null;
        if (UnknownCommand().Match(message) is { Success: true } c)
        {
            IEnumerable<string> names = command is null
                ? Commands.Select(x => x.Name.Split(' ')[0]).Distinct()
                : Commands
                    .Where(x => x.Name.StartsWith(command + " ", StringComparison.Ordinal))
                    .Select(x => x.Name.Split(' ')[1]);
            suggestion = Closest(c.Groups[1].Value, names) is string name ? $" Did you mean '{name}'?" : null;
        }
        else if (UnknownOption().Match(message) is { Success: true } o && command is not null)
        {
            string dashes = o.Groups[1].Value.Length == 1 ? "-" : "--";
            suggestion = Closest(dashes + o.Groups[1].Value, OptionsOf(command)) is string name
                ? $" Did you mean '{name}'?"
                : null;
        }

        string help =
            command is null || command == "import" ? "aidtracker --help" : "aidtracker " + command + " --help";
        return suggestion + $" (see {help})";
    }

    /// <summary>The option names of a command, with their dashes (<c>--to</c>, <c>-o</c>).</summary>
    public static IEnumerable<string> OptionsOf(string command)
    {
        Type? settings = Commands.FirstOrDefault(c => c.Name == command).Settings;
        return settings is null
            ? []
            : settings
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
                .Where(a => a is not null)
                .SelectMany(a => a!.LongNames.Select(n => "--" + n).Concat(a.ShortNames.Select(n => "-" + n)))
                .Append("--help");
    }

    /// <summary>
    /// The ISO 4217 code a text that is not one probably means: a currency name or symbol the amount parser knows
    /// (<c>YEN</c> → JPY, <c>$</c> → USD), else the one code within the rule (<c>USDD</c> → USD); <c>null</c> when
    /// none.
    /// </summary>
    public static string? Currency(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Money.TryParse("1 " + trimmed, out Money named) || Money.TryParse(trimmed + "1", out named))
        {
            return named.Currency.Code;
        }

        string[] close =
        [
            .. AidTracker
                .Currency.IsoCurrencies.Where(c => c.WithdrawalDate is null)
                .Select(c => c.Code)
                .Where(code => Distance(trimmed.ToUpperInvariant(), code) == 1),
        ];
        return close.Length == 1 ? close[0] : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, replacements and swaps of
    /// neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex("Unknown command '([^']+)'")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex("Unknown option '([^']+)'")]
    private static partial Regex UnknownOption();
}
