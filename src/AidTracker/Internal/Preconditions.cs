using System.Runtime.CompilerServices;

namespace AidTracker.Internal;

/// <summary>Argument checks shared by the public factories. Messages are full, culture-invariant sentences.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    public static string CheckNotNullOrWhiteSpace(
        string? argument,
        [CallerArgumentExpression(nameof(argument))] string? paramName = null
    )
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The value of {paramName} must not be empty or white space."),
                paramName
            );
        }

        return argument;
    }

    public static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    public static void CheckArgumentRange(bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }
}
