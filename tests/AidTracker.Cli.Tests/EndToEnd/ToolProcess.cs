using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AidTracker.Cli.Tests.EndToEnd;

/// <summary>Runs the built tool as a separate process (<c>dotnet AidTracker.Cli.dll ...</c>) from the repository
/// root.</summary>
internal static class ToolProcess
{
    public static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "AidTracker.Cli.dll");

    /// <summary>Starts the tool with <paramref name="args"/>; standard input, output and error redirected.</summary>
    public static Process Start(params string[] args) => Start(withDefaultInterrupt: false, args);

    /// <summary>
    /// Starts the tool; with <paramref name="withDefaultInterrupt"/>, through a small Python launcher that sets SIGINT
    /// back to its default first: a test run started in the background of a script (as CI may start it) inherits SIGINT
    /// ignored, and a process that ignores SIGINT from its start never sees Ctrl+C (the Unix rule for background jobs,
    /// which the .NET runtime keeps).
    /// </summary>
    public static Process Start(bool withDefaultInterrupt, params string[] args)
    {
        File.Exists(ToolPath).Should().BeTrue($"the tool is built next to the tests ({ToolPath})");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
            ? host
            : "dotnet";
        var start = new ProcessStartInfo(withDefaultInterrupt ? "python3" : dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = CliRun.RepoRoot,
        };
        if (withDefaultInterrupt)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], "
                    + "sys.argv[1:])"
            );
            start.ArgumentList.Add(dotnet);
        }

        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the tool to its end, with <paramref name="input"/> (or nothing) on standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string[] args,
        string? inputFile = null
    )
    {
        using Process process = Start(args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        Task<string> output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> error = process.StandardError.ReadToEndAsync(timeout.Token);
        if (inputFile is not null)
        {
            await using FileStream file = File.OpenRead(inputFile);
            await file.CopyToAsync(process.StandardInput.BaseStream, timeout.Token);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Sends a POSIX signal (INT, TERM) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(
            new ProcessStartInfo("kill")
            {
                ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            }
        )!;
        kill.WaitForExit();
    }
}
