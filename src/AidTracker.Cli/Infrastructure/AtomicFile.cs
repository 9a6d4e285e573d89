using System.Text;

namespace AidTracker.Cli.Infrastructure;

/// <summary>Writes an output file completely or not at all: into a temporary file beside it, then renamed over it.</summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        string fullPath = Path.GetFullPath(path);
        if (IsDevice(fullPath))
        {
            // /dev/null, /dev/stdout, NUL: written straight through; renaming a file over a device would replace it.
            await using var device = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, useAsync: false);
            await write(device).ConfigureAwait(false);
            await device.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw CliException.InvalidData($"cannot write '{path}': the folder '{directory}' does not exist.");
        }

        string temporary = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw CliException.InvalidData($"cannot write '{path}': permission denied.");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, stream => stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken).AsTask(), cancellationToken);

    private static bool IsDevice(string fullPath) =>
        OperatingSystem.IsWindows()
            ? fullPath.StartsWith(@"\\.\", StringComparison.Ordinal) || Path.GetFileNameWithoutExtension(fullPath).Equals("NUL", StringComparison.OrdinalIgnoreCase)
            : fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is hidden and named as such.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
