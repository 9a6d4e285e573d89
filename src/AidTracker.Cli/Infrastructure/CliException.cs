namespace AidTracker.Cli.Infrastructure;

/// <summary>An error to report to the user as one line per problem on standard error, with an exit code.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
        Lines = [message];
    }

    public CliException(int exitCode, string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = exitCode;
        Lines = [message];
    }

    public CliException(int exitCode, IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines))
    {
        ExitCode = exitCode;
        Lines = lines;
    }

    public int ExitCode { get; }

    public IReadOnlyList<string> Lines { get; }

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException InvalidData(string message) => new(ExitCodes.InvalidData, message);
}
