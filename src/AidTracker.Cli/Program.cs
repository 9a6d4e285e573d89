using System.Runtime.InteropServices;
using AidTracker.Cli.Infrastructure;
using NodaTime;
using Spectre.Console;

namespace AidTracker.Cli;

/// <summary>The composition root of the <c>aidtracker</c> tool: the real console, clock, time zone and
/// signals.</summary>
internal static class Program
{
    /// <summary>
    /// How long the work has, after the first Ctrl+C or SIGTERM, to stop by itself before the process ends at once (a
    /// read blocked in the operating system, such as opening a FIFO with no writer, never sees the cancellation).
    /// </summary>
    private static readonly TimeSpan StopDeadline = TimeSpan.FromMilliseconds(300);

    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        int signals = 0;
        int exitCode = ExitCodes.Cancelled;

        // Ctrl+C (SIGINT) and SIGTERM: the first cancels the work, which stops within a few thousand records and
        // removes its temporary files; a second one, or the deadline, ends the process at once (temporary files removed
        // first).
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            int code = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;
            if (Interlocked.Increment(ref signals) == 1)
            {
                exitCode = code;
                cancellation.Cancel();
                // A thread of its own: the thread pool may be busy with the very work that does not stop.
                new Thread(() =>
                {
                    Thread.Sleep(StopDeadline);
                    EndNow(code);
                })
                {
                    IsBackground = true,
                    Name = "aidtracker stop deadline",
                }.Start();
            }
            else
            {
                EndNow(code);
            }
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        // A progress bar only when standard error is a terminal; silent in pipes, CI logs and tests.
        IAnsiConsole? progress = Console.IsErrorRedirected
            ? null
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IAnsiConsole console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Piped or written to a file: no terminal width to respect, so lines are not wrapped at 80 columns.
            console.Profile.Width = 240;
        }

        var services = new CliServices(
            console,
            Console.Error,
            SystemClock.Instance,
            DateTimeZoneProviders.Tzdb.GetSystemDefault(),
            progress,
            Environment.GetEnvironmentVariable
        )
        {
            OutputIsTerminal = !Console.IsOutputRedirected,
        };
        int result = await CliApp.RunAsync(args, services, cancellation.Token).ConfigureAwait(false);
        return result == ExitCodes.Cancelled ? exitCode : result;
    }

    private static void EndNow(int exitCode)
    {
        AtomicFile.DeleteTemporaryFiles();
        Console.Error.WriteLine("aidtracker: cancelled.");
        Environment.Exit(exitCode);
    }
}
