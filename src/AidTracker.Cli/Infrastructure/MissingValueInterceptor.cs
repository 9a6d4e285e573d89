using System.Reflection;
using Spectre.Console.Cli;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Turns an option given without its value (<c>--to</c> at the end, or followed by another option) into a usage error.
/// Spectre.Console.Cli 0.57 fills such an option with its internal name <c>__default_command</c> instead of failing.
/// Also restores the values that start with a dash (<see cref="DashArguments"/>).
/// </summary>
internal sealed class MissingValueInterceptor : ICommandInterceptor
{
    private const string Placeholder = "__default_command";

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        DashArguments.Unescape(settings);
        foreach (PropertyInfo property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not CommandOptionAttribute option)
            {
                continue;
            }

            object? value = property.GetValue(settings);
            if (value is string text && text == Placeholder || value is string[] texts && texts.Contains(Placeholder))
            {
                string name = option.LongNames.Count > 0 ? "--" + option.LongNames[0] : "-" + option.ShortNames[0];
                throw CliException.Usage($"the option {name} needs a value (see aidtracker {context.Name} --help).");
            }
        }
    }

    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result) { }
}
