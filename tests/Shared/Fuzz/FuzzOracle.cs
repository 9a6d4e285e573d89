using CsCheck;

namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>
/// What every parser must do with any input: return, or throw one of its documented exceptions with a message of at
/// most <see cref="FuzzSettings.MaxMessageLength"/> characters and no raw control characters; and allocate at most
/// <see cref="FuzzSettings.MaxAllocatedBytes"/> on the reading thread.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>Runs <see cref="FuzzSettings.Iterations"/> cases of <paramref name="cases"/> through
    /// <paramref name="check"/>.</summary>
    public static void Sample(Gen<FuzzCase> cases, Action<FuzzCase> check, long? iterations = null) =>
        cases.Sample(check, seed: FuzzSettings.Seed, iter: iterations ?? FuzzSettings.Iterations, print: c =>
            c.ToString()
        );

    /// <summary>
    /// Parses <paramref name="input"/>; fails (with the case in the message) when an exception other than
    /// <paramref name="documented"/> escapes, when a message is too long or holds control characters, or when the
    /// reading thread allocates too much.
    /// </summary>
    /// <param name="input">The case.</param>
    /// <param name="parse">The parser under test.</param>
    /// <param name="documented">The exception types the parser documents (a subclass counts).</param>
    /// <param name="messages">The messages to check when the parse succeeds or fails (e.g. the problems of a report),
    /// or <c>null</c>.</param>
    /// <param name="knownDefect">
    /// Recognises the exceptions of a defect that is known, reported and not yet fixed (the test says which), so that
    /// the rest of the suite keeps running over that parser; <c>null</c> when there is none.
    /// </param>
    public static void Check<TResult>(
        FuzzCase input,
        Func<FuzzCase, TResult> parse,
        Type[] documented,
        Func<TResult, IEnumerable<string>>? messages = null,
        Func<Exception, bool>? knownDefect = null
    )
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            TResult result = parse(input);
            if (messages is not null)
            {
                foreach (string message in messages(result))
                {
                    CheckMessage(message, "a reported problem");
                }
            }
        }
        catch (Exception e) when (knownDefect?.Invoke(e) == true)
        {
            return;
        }
        catch (Exception e) when (documented.Any(t => t.IsInstanceOfType(e)))
        {
            foreach (string message in MessagesOf(e))
            {
                CheckMessage(message, e.GetType().Name);
            }
        }
        catch (Exception e)
        {
            throw new FuzzFailureException($"Undocumented {e.GetType().Name} escaped: {Cut(e.Message)}", e);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long bound = FuzzSettings.MaxAllocatedBytes(input.Bytes.Length);
        if (allocated > bound)
        {
            throw new FuzzFailureException(
                $"The case allocated {allocated:N0} bytes, more than the bound of {bound:N0} for "
                    + $"{input.Bytes.Length:N0} bytes of input."
            );
        }
    }

    /// <summary>The message of <paramref name="e"/>, or, for an exception that lists several problems, each problem's
    /// line.</summary>
    private static IEnumerable<string> MessagesOf(Exception e) =>
        e.Message.Contains('\n', StringComparison.Ordinal) && e.GetType().Name == "LedgerValidationException"
            ? e.Message.Split('\n').Select(line => line.TrimEnd('\r'))
            : [e.Message];

    /// <summary>Whether <paramref name="message"/> is short enough and free of control characters.</summary>
    public static bool IsShortAndPrintable(string message) =>
        message.Length <= FuzzSettings.MaxMessageLength && message.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0;

    private static void CheckMessage(string message, string what)
    {
        if (message.Length > FuzzSettings.MaxMessageLength)
        {
            throw new FuzzFailureException(
                $"A message of {what} has {message.Length:N0} characters, more than {FuzzSettings.MaxMessageLength}: "
                    + $"{Cut(message)}"
            );
        }

        int control = message.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (control >= 0)
        {
            throw new FuzzFailureException(
                $"A message of {what} holds the control character U+{(int)message[control]:X4} at {control}: "
                    + $"{Cut(message)}"
            );
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
