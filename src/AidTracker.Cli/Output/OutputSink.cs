using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Output;

/// <summary>Sends a finished report to standard output, or with <c>-o FILE</c> to a file, written completely or not at
/// all.</summary>
internal static class OutputSink
{
    public static async Task WriteAsync(
        Report report,
        string? outputFile,
        CliServices services,
        CancellationToken cancellationToken
    )
    {
        if (outputFile is null || outputFile == "-")
        {
            report.WriteTo(services.Console);
            return;
        }

        await AtomicFile.WriteTextAsync(outputFile, report.ToPlainText(), cancellationToken).ConfigureAwait(false);
    }
}
