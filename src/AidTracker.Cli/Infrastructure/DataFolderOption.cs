namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// The data folder of downloaded rates (<c>aidtracker rates update</c>): <c>--data-dir</c>, else the environment
/// variable <c>AIDTRACKER_DATA_DIR</c>, else the platform's per-user data folder (<c>$XDG_DATA_HOME/aidtracker</c> or
/// <c>~/.local/share/aidtracker</c>; <c>%LOCALAPPDATA%\AidTracker</c> on Windows).
/// </summary>
internal static class DataFolderOption
{
    public const string Description =
        "The folder of downloaded rates (aidtracker rates update). Default: $AIDTRACKER_DATA_DIR, else "
        + "$XDG_DATA_HOME/aidtracker or ~/.local/share/aidtracker (%LOCALAPPDATA%\\AidTracker on Windows).";

    /// <summary>Returns the folder's path (which need not exist), or <c>null</c> when neither an option nor the
    /// environment names one.</summary>
    public static string? Resolve(string? option, Func<string, string?> environment)
    {
        if (option is not null)
        {
            return string.IsNullOrWhiteSpace(option)
                ? throw CliException.Usage("--data-dir needs a folder (e.g. --data-dir ~/aidtracker-rates).")
                : Path.GetFullPath(option.Trim());
        }

        if (environment("AIDTRACKER_DATA_DIR") is { Length: > 0 } fromVariable)
        {
            return Path.GetFullPath(fromVariable);
        }

        if (OperatingSystem.IsWindows())
        {
            return environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "AidTracker") : null;
        }

        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "aidtracker");
        }

        return environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".local", "share", "aidtracker") : null;
    }
}
