using AidTracker.Cli.Output;
using AidTracker.Serialization;

namespace AidTracker.Cli.Infrastructure;

/// <summary>Reads ledger files for the commands, turning every failure into one clear line per problem (exit code 1).</summary>
internal static class LedgerFiles
{
    /// <summary>Reads and validates a ledger; errors become a <see cref="CliException"/> listing each one.</summary>
    public static Task<Ledger> ReadAsync(string path, CliServices services, CancellationToken cancellationToken) =>
        WithFile(path, services, async stream =>
        {
            LedgerBuilder builder = await LedgerJson.ReadBuilderAsync(stream, path, cancellationToken).ConfigureAwait(false);
            if (builder.TryBuild(services.Clock, out Ledger? ledger, out LedgerValidationResult result))
            {
                return ledger;
            }

            var lines = result.Errors.Select(ProblemText.Line).ToList();
            lines.Add(ProblemText.Count(path, result) + $" Run 'aidtracker validate {path}' to see every problem.");
            throw new CliException(ExitCodes.InvalidData, lines);
        });

    /// <summary>Reads a ledger's records without validating them (for <c>validate</c>).</summary>
    public static Task<LedgerBuilder> ReadBuilderAsync(string path, CliServices services, CancellationToken cancellationToken) =>
        WithFile(path, services, stream => LedgerJson.ReadBuilderAsync(stream, path, cancellationToken));

    private static async Task<T> WithFile<T>(string path, CliServices services, Func<Stream, Task<T>> read)
    {
        FileStream file = Open(path);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                long length = file.Length;
                return await ProgressDisplay.RunAsync(services, "Reading " + Path.GetFileName(path), progress =>
                    read(new ProgressStream(file, length, progress))).ConfigureAwait(false);
            }
            catch (LedgerFormatException e)
            {
                throw new CliException(ExitCodes.InvalidData, ProblemText.Line(e), e);
            }
            catch (IOException e)
            {
                throw CliException.InvalidData($"cannot read '{path}': {OneLine(e.Message)}");
            }
        }
    }

    /// <summary>Opens a file for reading; a missing or unreadable file is one clear line.</summary>
    public static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw CliException.InvalidData($"cannot read '{path}': no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw CliException.InvalidData($"cannot read '{path}': no such file (the folder does not exist).");
        }
        catch (UnauthorizedAccessException)
        {
            throw CliException.InvalidData(Directory.Exists(path) ? $"cannot read '{path}': it is a folder, not a file." : $"cannot read '{path}': permission denied.");
        }
        catch (IOException e)
        {
            throw CliException.InvalidData($"cannot read '{path}': {OneLine(e.Message)}");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
