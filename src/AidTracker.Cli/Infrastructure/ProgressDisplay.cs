using Spectre.Console;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// A progress bar on standard error while long work runs, shown only when standard error is a terminal
/// (<see cref="CliServices.ProgressConsole"/>); silent otherwise, so tests, CI logs and redirected output stay clean.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, giving it a progress callback (a fraction from 0 to 1) that drives the bar, or a no-op.</summary>
    public static Task<T> RunAsync<T>(CliServices services, string description, Func<IProgress<double>, Task<T>> work) =>
        RunAsync(services, description, indeterminate: false, work);

    /// <summary>Runs CPU-bound <paramref name="work"/> on the thread pool with an indeterminate bar (no fraction to report).</summary>
    public static Task<T> RunAsync<T>(CliServices services, string description, Func<T> work) =>
        RunAsync(services, description, indeterminate: true, _ => Task.Run(work));

    private static async Task<T> RunAsync<T>(CliServices services, string description, bool indeterminate, Func<IProgress<double>, Task<T>> work)
    {
        if (services.ProgressConsole is not IAnsiConsole console)
        {
            return await work(NoProgress.Instance).ConfigureAwait(false);
        }

        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(description), autoStart: true, maxValue: 1.0).IsIndeterminate(indeterminate);
                T result = await work(new TaskProgress(task)).ConfigureAwait(false);
                task.Value = 1.0;
                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Updates the bar directly (not through a synchronization context, so reports from any thread are cheap).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0.0, 1.0);
    }

    private sealed class NoProgress : IProgress<double>
    {
        public static readonly NoProgress Instance = new();

        public void Report(double value)
        {
        }
    }
}
