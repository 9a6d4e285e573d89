using System.Reflection;
using AidTracker.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AidTracker.Cli;

/// <summary>Configures and runs the command-line application; tests call
/// <see cref="RunAsync(string[], IAnsiConsole, TextWriter, IClock, CancellationToken)"/> in process.</summary>
internal static class CliApp
{
    /// <summary>Runs one command line with "today" taken in UTC and no progress bar. Never throws.</summary>
    public static Task<int> RunAsync(
        string[] args,
        IAnsiConsole console,
        TextWriter error,
        IClock clock,
        CancellationToken cancellationToken = default
    ) =>
        RunAsync(
            args,
            new CliServices(console, error, clock, DateTimeZone.Utc, progressConsole: null),
            cancellationToken
        );

    /// <summary>Runs one command line. Never throws: every failure becomes one line per problem on standard error and
    /// an exit code.</summary>
    public static async Task<int> RunAsync(
        string[] args,
        CliServices services,
        CancellationToken cancellationToken = default
    )
    {
        TextWriter error = services.Error;
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("aidtracker");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(services.Console);
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            config.SetInterceptor(new MissingValueInterceptor());
            config.SetHelpProvider(new DocsHelpProvider(config.Settings));
            Commands.CommandCatalog.Register(config);
        });

        try
        {
            if (args.Length == 0)
            {
                // No command: show the help, and say to scripts that nothing was done.
                await app.RunAsync(["--help"], cancellationToken).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await app.RunAsync(DashArguments.Escape(args), cancellationToken).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            for (int i = 0; i < e.Lines.Count; i++)
            {
                // A usage error ends by pointing to the command's own help.
                string help =
                    e.ExitCode == ExitCodes.Usage && i == e.Lines.Count - 1
                        ? Suggestions.ForParseError(string.Empty, args)
                        : string.Empty;
                await error.WriteLineAsync("aidtracker: " + OneLine(e.Lines[i]) + help).ConfigureAwait(false);
            }

            return e.ExitCode;
        }
        catch (CommandParseException e)
        {
            await error
                .WriteLineAsync(
                    "aidtracker: usage error: " + OneLine(e.Message) + Suggestions.ForParseError(e.Message, args)
                )
                .ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (CommandRuntimeException e)
        {
            await error
                .WriteLineAsync(
                    "aidtracker: usage error: " + OneLine(e.Message) + Suggestions.ForParseError(e.Message, args)
                )
                .ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("aidtracker: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (OverflowException e)
        {
            // A total or conversion too large for a decimal: invalid data, named by the message
            // (SummaryOverflowException names the group, a conversion names the amount and the rate).
            await error.WriteLineAsync("aidtracker: " + OneLine(e.Message)).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("aidtracker: " + OneLine(e.Message)).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        // The tool's last line of defence: a bug is reported in one line, never as a stack trace.
#pragma warning disable CA1031
        catch (Exception e)
#pragma warning restore CA1031
        {
            await error
                .WriteLineAsync(
                    "aidtracker: internal error ("
                        + e.GetType().Name
                        + "): "
                        + OneLine(e.Message)
                        + " Please report this."
                )
                .ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    private static string Version =>
        typeof(CliApp)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
