using System.Runtime.InteropServices;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Tells whether two paths name the same file: by device and inode where the platform has them (Linux: any spelling,
/// <c>..</c>, symbolic or hard link), else by the full path with symbolic links resolved (case-insensitively on Windows
/// and macOS).
/// </summary>
internal static class FileIdentity
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same existing file.</summary>
    public static bool AreSame(string a, string b)
    {
        if (!File.Exists(a) || !File.Exists(b))
        {
            return false;
        }

        if (
            TryDeviceAndInode(a, out (ulong Device, ulong Inode) first)
            && TryDeviceAndInode(b, out (ulong Device, ulong Inode) second)
        )
        {
            return first == second;
        }

        StringComparison comparison =
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;
        return string.Equals(Resolved(a), Resolved(b), comparison);
    }

    /// <summary>The full path of <paramref name="path"/>, following a symbolic link at its end to the final
    /// target.</summary>
    public static string Resolved(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            FileSystemInfo? target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full; // a link loop: the path as given
        }
    }

    private static bool TryDeviceAndInode(string path, out (ulong Device, ulong Inode) identity)
    {
        identity = default;
        if (
            !OperatingSystem.IsLinux()
            || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)
        )
        {
            return false;
        }

        // struct stat on Linux x86-64 and arm64 (the generic layout): st_dev at 0 and st_ino at 8, both 64-bit.
        byte[] buffer = new byte[256];
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without stat (glibc before 2.33 exports only __xstat): compare paths
        }

        identity = (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
        return true;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
