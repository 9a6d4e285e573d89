using System.Diagnostics;
using System.Text;

namespace AidTracker.Cli.Tests.EndToEnd;

/// <summary>Runs the built tool as a separate process (<c>dotnet AidTracker.Cli.dll ...</c>) from the repository root.</summary>
internal static class ToolProcess
{
    public static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "AidTracker.Cli.dll");

    /// <summary>Starts the tool with <paramref name="args"/>; standard input, output and error redirected.</summary>
    public static Process Start(params string[] args)
    {
        File.Exists(ToolPath).Should().BeTrue($"the tool is built next to the tests ({ToolPath})");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = CliRun.RepoRoot,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the tool to its end, with <paramref name="input"/> (or nothing) on standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string? inputFile = null)
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
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }
}
