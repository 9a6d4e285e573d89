namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Opens the files a command reads: a path, or <c>-</c> for standard input. Any stream works, seekable or not (a pipe,
/// a FIFO, <c>/dev/stdin</c>, <c>&lt;(...)</c>): nothing asks a file for its length or position except the progress
/// bar, which then shows the bytes read instead of a percentage.
/// </summary>
internal static class InputFile
{
    /// <summary>The file argument that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Whether <paramref name="path"/> means standard input.</summary>
    public static bool IsStandardInput(string? path) => path == StandardInput;

    /// <summary>How a file is named in messages: its path, or "standard input".</summary>
    public static string DisplayName(string path) => IsStandardInput(path) ? "standard input" : path;

    /// <summary>Opens <paramref name="path"/> for reading; a missing or unreadable file is one clear line (exit code
    /// 1).</summary>
    public static Stream Open(string path, CliServices services)
    {
        if (IsStandardInput(path))
        {
            return services.StandardInput();
        }

        try
        {
            return new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan
            );
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
            throw CliException.InvalidData(
                Directory.Exists(path)
                    ? $"cannot read '{path}': it is a folder, not a file."
                    : $"cannot read '{path}': permission denied."
            );
        }
        catch (IOException e)
        {
            throw CliException.InvalidData($"cannot read '{path}': {e.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }

    /// <summary>Checks that <paramref name="path"/> can be read, before any work (standard input always can).</summary>
    public static void CheckReadable(string path, CliServices services)
    {
        if (!IsStandardInput(path))
        {
            Open(path, services).Dispose();
        }
    }

    /// <summary>The stream's length when it has one (a regular file), else <c>null</c> (a pipe, a FIFO, a
    /// terminal).</summary>
    public static long? LengthOf(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length : null;
        }
        catch (Exception e) when (e is NotSupportedException or IOException)
        {
            return null;
        }
    }
}
