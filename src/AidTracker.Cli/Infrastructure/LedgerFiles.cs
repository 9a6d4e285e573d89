using AidTracker.Cli.Output;
using AidTracker.Serialization;

namespace AidTracker.Cli.Infrastructure;

/// <summary>Reads ledger files for the commands, turning every failure into one clear line per problem (exit code
/// 1).</summary>
internal static class LedgerFiles
{
    /// <summary>Reads and validates a ledger (<c>-</c>: standard input); errors become a <see cref="CliException"/>
    /// listing each one.</summary>
    public static Task<Ledger> ReadAsync(string path, CliServices services, CancellationToken cancellationToken) =>
        WithFile(path, services, async stream =>
        {
            LedgerBuilder builder = await LedgerJson
                .ReadBuilderAsync(stream, InputFile.DisplayName(path), cancellationToken)
                .ConfigureAwait(false);
            if (
                builder.TryBuild(
                    services.Clock,
                    cancellationToken,
                    out Ledger? ledger,
                    out LedgerValidationResult result
                )
            )
            {
                return ledger;
            }

            var lines = result.Errors.Select(ProblemText.Line).ToList();
            lines.Add(
                ProblemText.Count(InputFile.DisplayName(path), result)
                    + $" Run 'aidtracker validate {path}' to see every problem."
            );
            throw new CliException(ExitCodes.InvalidData, lines);
        });

    /// <summary>Reads a ledger's records without validating them (for <c>validate</c>).</summary>
    public static Task<LedgerBuilder> ReadBuilderAsync(
        string path,
        CliServices services,
        CancellationToken cancellationToken
    ) =>
        WithFile(path, services, stream =>
            LedgerJson.ReadBuilderAsync(stream, InputFile.DisplayName(path), cancellationToken)
        );

    private static async Task<T> WithFile<T>(string path, CliServices services, Func<Stream, Task<T>> read)
    {
        Stream file = InputFile.Open(path, services);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                string name = InputFile.IsStandardInput(path) ? "standard input" : Path.GetFileName(path);
                return await ProgressDisplay
                    .ReadAsync(services, "Reading " + name, InputFile.LengthOf(file), progress =>
                        read(new ProgressStream(file, progress))
                    )
                    .ConfigureAwait(false);
            }
            catch (LedgerFormatException e)
            {
                throw new CliException(ExitCodes.InvalidData, ProblemText.Line(e), e);
            }
            catch (IOException e)
            {
                throw CliException.InvalidData($"cannot read '{path}': {e.Message.ReplaceLineEndings(" ").Trim()}");
            }
        }
    }
}
