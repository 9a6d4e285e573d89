namespace AidTracker.Cli.Infrastructure;

/// <summary>Checks an output file before any work: it must not be one of the command's inputs.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Refuses (exit code 2, nothing read or written) an <paramref name="output"/> that is the same file as one of
    /// <paramref name="inputs"/>, however it is spelled: <c>-o L.json</c> for the ledger <c>./../dir/L.json</c>, a
    /// symbolic or hard link to it. Standard output (<c>-</c>, or no <c>-o</c>) and standard input are never the same
    /// file.
    /// </summary>
    public static void CheckNotAnInput(string? output, params IEnumerable<string?> inputs)
    {
        if (output is null or "-")
        {
            return;
        }

        foreach (string? input in inputs)
        {
            if (input is null || InputFile.IsStandardInput(input))
            {
                continue;
            }

            if (FileIdentity.AreSame(output, input))
            {
                throw CliException.Usage(
                    $"the output file '{output}' is the input '{input}' (the same file); writing it would destroy the "
                        + $"input. Choose another output file; nothing was written."
                );
            }
        }
    }
}
