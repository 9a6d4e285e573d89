namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// Where the documentation is for people who installed the tool (and have no copy of the repository): one base URL,
/// the repository's <c>docs</c> folder under the package's project URL (<c>PackageProjectUrl</c> in
/// Directory.Build.props; a test keeps them in step).
/// </summary>
internal static class DocsLinks
{
    /// <summary>The URL of the documentation folder, ending with a slash; help texts append a page name.</summary>
    public const string Base = "https://github.com/aidtracker/aidtracker/blob/main/docs/";

    /// <summary>The page of the command-line reference.</summary>
    public const string Cli = Base + "cli.md";

    /// <summary>The reference of a command (<c>rates update</c> → <c>cli.md#rates-update</c>), or of the
    /// tool.</summary>
    public static string ForCommand(string? command) =>
        command is null or "" ? Cli : Cli + "#" + command.Replace(' ', '-');
}
