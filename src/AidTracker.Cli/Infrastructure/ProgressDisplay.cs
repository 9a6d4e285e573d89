using Spectre.Console;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// A progress bar on standard error while long work runs, shown only when standard error is a terminal
/// (<see cref="CliServices.ProgressConsole"/>); silent otherwise, so tests, CI logs and redirected output stay clean.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, giving it a progress callback (a fraction from 0 to 1) that drives the
    /// bar, or a no-op.</summary>
    public static Task<T> RunAsync<T>(
        CliServices services,
        string description,
        Func<IProgress<double>, Task<T>> work
    ) => RunAsync(services, description, indeterminate: false, work);

    /// <summary>Runs CPU-bound <paramref name="work"/> on the thread pool with an indeterminate bar (no fraction to
    /// report).</summary>
    public static Task<T> RunAsync<T>(CliServices services, string description, Func<T> work) =>
        RunAsync(services, description, indeterminate: true, _ => Task.Run(work));

    /// <summary>
    /// Runs <paramref name="work"/> that reads <paramref name="length"/> bytes, giving it a callback for the bytes read
    /// so far: a percentage when the length is known, else (a pipe) the megabytes read so far.
    /// </summary>
    public static Task<T> ReadAsync<T>(
        CliServices services,
        string description,
        long? length,
        Func<IProgress<long>, Task<T>> work
    )
    {
        if (services.ProgressConsole is null)
        {
            return work(new Progress<long>());
        }

        return RunAsync(services, description, indeterminate: length is null, (progress, task) =>
            work(new BytesProgress(task, length, description))
        );
    }

    private static Task<T> RunAsync<T>(
        CliServices services,
        string description,
        bool indeterminate,
        Func<IProgress<double>, Task<T>> work
    ) => RunAsync(services, description, indeterminate, (progress, _) => work(progress));

    private static async Task<T> RunAsync<T>(
        CliServices services,
        string description,
        bool indeterminate,
        Func<IProgress<double>, ProgressTask?, Task<T>> work
    )
    {
        if (services.ProgressConsole is not IAnsiConsole console)
        {
            return await work(NoProgress.Instance, null).ConfigureAwait(false);
        }

        return await console
            .Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn()
            )
            .StartAsync(async context =>
            {
                ProgressTask task = context
                    .AddTask(Markup.Escape(description), autoStart: true, maxValue: 1.0)
                    .IsIndeterminate(indeterminate);
                T result = await work(new TaskProgress(task), task).ConfigureAwait(false);
                task.Value = 1.0;
                return result;
            })
            .ConfigureAwait(false);
    }

    /// <summary>Updates the bar directly (not through a synchronization context, so reports from any thread are
    /// cheap).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0.0, 1.0);
    }

    /// <summary>Bytes read: a fraction of the length, or (unknown length) the megabytes read in the
    /// description.</summary>
    private sealed class BytesProgress(ProgressTask? task, long? length, string description) : IProgress<long>
    {
        private long _shownMegabytes = -1;

        public void Report(long value)
        {
            if (task is null)
            {
                return;
            }

            if (length is long total && total > 0)
            {
                task.Value = Math.Clamp((double)value / total, 0.0, 1.0);
                return;
            }

            long megabytes = value >> 20;
            if (megabytes != _shownMegabytes)
            {
                _shownMegabytes = megabytes;
                task.Description = Markup.Escape(
                    FormattableString.Invariant($"{description} ({megabytes:N0} MB read)")
                );
            }
        }
    }

    private sealed class NoProgress : IProgress<double>
    {
        public static readonly NoProgress Instance = new();

        public void Report(double value) { }
    }
}
