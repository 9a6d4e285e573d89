using System.Collections.Concurrent;
using System.Text;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Writes an output file completely or not at all: into a temporary file beside it, flushed to disk, then renamed over
/// it. An existing file keeps its permissions (a mode-600 file stays 600); a symbolic link is written through (its
/// target is replaced, the link stays). Temporary files still being written are known, so that a second Ctrl+C or a
/// SIGTERM that ends the process at once removes them first.
/// </summary>
internal static class AtomicFile
{
    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        // A device is written as it is named (/dev/stdout is a link to what the process's standard output is, not a
        // file to replace); any other link is followed, so that the file it points to is written and the link stays.
        string fullPath = Path.GetFullPath(path);
        if (!IsDevice(fullPath))
        {
            fullPath = FileIdentity.Resolved(fullPath);
        }

        if (IsDevice(fullPath))
        {
            // /dev/null, /dev/stdout, NUL: written straight through; renaming a file over a device would replace it.
            await using var device = new FileStream(
                fullPath,
                FileMode.Open,
                FileAccess.Write,
                FileShare.ReadWrite,
                1,
                useAsync: false
            );
            await write(device).ConfigureAwait(false);
            await device.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        string directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw CliException.InvalidData($"cannot write '{path}': the folder '{directory}' does not exist.");
        }

        if (Directory.Exists(fullPath))
        {
            throw CliException.InvalidData($"cannot write '{path}': it is a folder.");
        }

        UnixFileMode? mode =
            !OperatingSystem.IsWindows() && File.Exists(fullPath) ? File.GetUnixFileMode(fullPath) : null;
        string temporary = Path.Combine(
            directory,
            "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp"
        );
        InFlight.TryAdd(temporary, 0);
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 64 * 1024,
                Options = FileOptions.Asynchronous,
            };
            if (mode is UnixFileMode kept && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = kept;
            }

            await using (var stream = new FileStream(temporary, options))
            {
                await write(stream).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                // on disk before the rename, so a crash leaves the old file or the new one
                stream.Flush(flushToDisk: true);
            }

            if (mode is UnixFileMode same && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, same); // the process's umask may have narrowed UnixCreateMode
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
        finally
        {
            InFlight.TryRemove(temporary, out _);
        }
    }

    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(
            path,
            stream => stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken).AsTask(),
            cancellationToken
        );

    /// <summary>Whether <paramref name="stream"/> is the temporary file of a write in progress (kept only if the
    /// write completes), not a device written straight through.</summary>
    public static bool IsTemporary(Stream stream) => stream is FileStream file && InFlight.ContainsKey(file.Name);

    /// <summary>Removes the temporary files of writes still in progress (before the process ends at once).</summary>
    public static void DeleteTemporaryFiles()
    {
        foreach (string temporary in InFlight.Keys)
        {
            TryDelete(temporary);
        }
    }

    private static bool IsDevice(string fullPath) =>
        OperatingSystem.IsWindows()
            ? fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)
                || Path.GetFileNameWithoutExtension(fullPath).Equals("NUL", StringComparison.OrdinalIgnoreCase)
            : fullPath.StartsWith("/dev/", StringComparison.Ordinal)
                || fullPath.StartsWith("/proc/", StringComparison.Ordinal);

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
        catch (UnauthorizedAccessException) { }
    }
}
