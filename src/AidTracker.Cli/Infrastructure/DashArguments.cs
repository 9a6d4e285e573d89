using System.Reflection;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Arguments that start with a dash but are values, not options: <c>-</c> (standard input or output) and negative
/// amounts (<c>convert "-5 USD"</c>). The option parser would take them for options, so they are marked before parsing
/// and the marks removed from the parsed settings (by the command interceptor).
/// </summary>
internal static class DashArguments
{
    // A character no one types: a value that starts with it is the value without it.
    private const char Mark = '\u0001';

    /// <summary>Marks the arguments that are values starting with a dash.</summary>
    public static string[] Escape(string[] args) => [.. args.Select(a => IsDashValue(a) ? Mark + a : a)];

    /// <summary>Removes the marks from every string and string-array property of <paramref name="settings"/>.</summary>
    public static void Unescape(CommandSettings settings)
    {
        foreach (PropertyInfo property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite)
            {
                continue;
            }

            object? value = property.GetValue(settings);
            if (value is string text && text.StartsWith(Mark))
            {
                property.SetValue(settings, text[1..]);
            }
            else if (value is string[] texts && texts.Any(t => t.StartsWith(Mark)))
            {
                property.SetValue(settings, texts.Select(t => t.StartsWith(Mark) ? t[1..] : t).ToArray());
            }
        }
    }

    private static bool IsDashValue(string arg) =>
        arg == "-"
        || (arg.Length > 1 && arg[0] == '-' && (char.IsAsciiDigit(arg[1]) || arg[1] == '.' || arg[1] == ' '));
}
