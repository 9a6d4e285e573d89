namespace AidTracker.Cli.Output;

/// <summary>
/// Fills the rows of <c>aidtracker export</c> one Parquet row group at a time on the thread pool, a few groups ahead
/// of the writer, so that filling (rates, statuses) and writing (Parquet encoding) run on both cores at once.
/// </summary>
/// <remarks>
/// <para>Why: filling 1,000,000 rows and writing them took about the same time one after the other; the writer needs
/// the groups in order but each group is filled independently (<see cref="ExportRowFill.Fill"/>),
/// so while the writer encodes group <c>g</c> the next groups are filled (docs/benchmarks.md, "Issue 16").</para>
/// <para>The result is the plain path's (<see cref="ExportRows.Build"/>): every row is filled by the same code, and a
/// group's error is thrown when the writer comes to that group, so the first error in file order is the one reported
/// (later groups may have been filled in vain, and their errors are not reported). Tests compare both paths.</para>
/// </remarks>
internal sealed class ExportRowGroups
{
    private readonly ExportRowFill _fill;
    private readonly int _groupSize;
    private readonly int _ahead;
    private readonly CancellationToken _cancellationToken;
    private readonly Task[] _groups;
    private int _started;

    /// <summary>Prepares the groups of <paramref name="groupSize"/> rows; none is filled before
    /// <see cref="ReadyAsync"/> asks.</summary>
    /// <param name="fill">The rows to fill.</param>
    /// <param name="groupSize">Rows per group (the Parquet row group size).</param>
    /// <param name="ahead">How many groups may be filled at once: the processor count is the useful most.</param>
    /// <param name="cancellationToken">Stops the filling.</param>
    public ExportRowGroups(ExportRowFill fill, int groupSize, int ahead, CancellationToken cancellationToken)
    {
        _fill = fill;
        _groupSize = groupSize;
        _ahead = Math.Max(1, ahead);
        _cancellationToken = cancellationToken;
        _groups = new Task[(fill.Rows.Count + groupSize - 1) / groupSize];
    }

    /// <summary>Rows per group (the Parquet row group size).</summary>
    public int GroupSize => _groupSize;

    /// <summary>The rows, complete once every group is ready.</summary>
    public RecordRows Rows => _fill.Rows;

    /// <summary>Fills every group (those not filled yet) and waits for all of them, in order.</summary>
    public async Task CompleteAsync()
    {
        for (int group = 0; group < _groups.Length; group++)
        {
            await ReadyAsync(group).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until group <paramref name="group"/> is filled (starting it and the next groups, up to the
    /// number ahead, if they are not started yet); throws the error of its first record that cannot be
    /// exported.</summary>
    public Task ReadyAsync(int group)
    {
        int last = Math.Min(_groups.Length - 1, group + _ahead - 1);
        while (_started <= last)
        {
            int start = _started * _groupSize;
            int end = Math.Min(start + _groupSize, Rows.Count);
            _groups[_started] = Task.Run(() => _fill.Fill(start, end, _cancellationToken), _cancellationToken);
            _started++;
        }

        return group < _groups.Length ? _groups[group] : Task.CompletedTask;
    }
}
