using System.Buffers;

namespace AidTracker.Serialization;

/// <summary>
/// The ledger reader's pipeline: batches of records read into ledger records by worker threads of their own, added to
/// the
/// ledger in file order, the first error in file order reported.
/// </summary>
/// <remarks>
/// <para><b>Why a small hand-written pool (a <see cref="Monitor"/> queue and dedicated threads) and not
/// <c>System.Threading.Channels</c> or <c>Parallel</c></b> (considered for issue 18): (1) the workers must be threads
/// of
/// their own: on the thread pool the stream's own asynchronous reads queued behind the batches and the cores sat idle
/// (docs/benchmarks.md, "CLI (issue 6)": wall time above CPU time); <c>Parallel.ForEach</c> runs on the pool and would
/// need the whole file's batches up front. (2) The reading thread does not only produce: when the workers fall behind
/// it
/// takes the newest batch no worker has started (<see cref="NewestNotStarted"/>, while the workers take the oldest),
/// which
/// needs to see the queued batches and their state; a channel hands items out but does not let the producer pick the
/// newest one. (3) What is left is one lock, one queue and a <c>Wait</c>/<c>Pulse</c> pair (about 40 lines here), with
/// a <c>null</c> batch per worker to stop it. A channel would replace only that queue (dedicated threads would block on
/// it the same way) and the reading goal (within 2x of plain DTOs, <c>LedgerJsonReadBenchmarks</c>) would have to be
/// measured again for no gain in clarity, so it stays.</para>
/// </remarks>
internal sealed partial class LedgerJsonReader
{
    /// <summary>
    /// Adds the oldest batches to the builder, in file order, until at most <paramref name="keep"/> are in flight (also
    /// any
    /// that are done already); throws the error of the first record that could not be read.
    /// </summary>
    private async ValueTask CompleteInFlightAsync(int keep)
    {
        while (_inFlight.TryPeek(out RecordBatch? oldest) && (_inFlight.Count > keep || oldest.IsDone))
        {
            // Rather than wait for the workers, this thread reads batches no worker has started yet, the newest first
            // (the workers take the oldest first), then the oldest if it is still waiting.
            while (!oldest.IsDone && NewestNotStarted() is RecordBatch waiting)
            {
                waiting.Run();
            }

            _inFlight.Dequeue();
            await oldest.Completion.ConfigureAwait(false);
            oldest.AddTo(_builder);
        }
    }

    private RecordBatch? NewestNotStarted()
    {
        RecordBatch? newest = null;
        foreach (RecordBatch batch in _inFlight)
        {
            if (!batch.IsStarted)
            {
                newest = batch;
            }
        }

        return newest;
    }

    /// <summary>
    /// Hands the batch being filled to the workers (started with the first batch). The <paramref name="last"/> batch of
    /// a
    /// file that fits in one is read on this thread: a small ledger starts no thread.
    /// </summary>
    private void Dispatch(bool last = false)
    {
        if (_batch is null)
        {
            return;
        }

        _inFlight.Enqueue(_batch);
        if (!(last && _inFlight.Count == 1))
        {
            if (_workers == 0)
            {
                StartWorkers();
            }

            lock (_work)
            {
                _work.Enqueue(_batch);
                Monitor.Pulse(_work);
            }
        }

        _batch = null;
    }

    private void StartWorkers()
    {
        _workers = Workers;
        for (int i = 0; i < _workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = "AidTracker ledger reader" }.Start();
        }
    }

    private void StopWorkers()
    {
        lock (_work)
        {
            for (int i = 0; i < _workers; i++)
            {
                _work.Enqueue(null);
            }

            Monitor.PulseAll(_work);
        }
    }

    private void Work()
    {
        while (true)
        {
            RecordBatch? batch;
            lock (_work)
            {
                while (!_work.TryDequeue(out batch))
                {
                    Monitor.Wait(_work);
                }
            }

            if (batch is null)
            {
                return;
            }

            batch.Run(); // nothing to do if the reader's thread has read it already
        }
    }

    private LedgerJsonMapper RentMapper() =>
        _mappers.TryTake(out LedgerJsonMapper? mapper) ? mapper : new LedgerJsonMapper(_fileName);

    private void ReturnMapper(LedgerJsonMapper mapper) => _mappers.Add(mapper);

    /// <summary>
    /// Records of one kind copied out of the file's buffer, read into ledger records by a worker (or by the reader
    /// itself
    /// when it needs them first), up to the first that cannot be read.
    /// </summary>
    private sealed class RecordBatch(LedgerJsonReader owner, LedgerRecordKind kind, int firstIndex, int firstLength)
    {
        private readonly byte[] _text = ArrayPool<byte>.Shared.Rent(Math.Max(BatchBytes, firstLength));
        private readonly int[] _ends = new int[BatchRecords];
        private readonly int[] _lines = new int[BatchRecords];
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<(LedgerRecordKind Kind, int Index, LedgerProblem Problem)> _problems = [];
        private LedgerRecord[] _records = [];
        private int _read;
        private Exception? _error;
        private int _count;
        private int _used;
        private int _started;

        public Task Completion => _completion.Task;

        public bool IsDone => _completion.Task.IsCompleted;

        public bool IsStarted => Volatile.Read(ref _started) != 0;

        public bool HasRoomFor(int length) => _count < BatchRecords && _used + length <= _text.Length;

        public void Add(ReadOnlySpan<byte> element, int line)
        {
            element.CopyTo(_text.AsSpan(_used));
            _used += element.Length;
            _ends[_count] = _used;
            _lines[_count] = line;
            _count++;
        }

        /// <summary>Reads the records unless another thread has started to.</summary>
        public void Run()
        {
            if (Interlocked.Exchange(ref _started, 1) != 0)
            {
                return;
            }

            LedgerJsonMapper mapper = owner.RentMapper();
            try
            {
                _records = new LedgerRecord[_count];
                int start = 0;
                for (; _read < _count; _read++)
                {
                    ReadOnlySpan<byte> element = _text.AsSpan(start, _ends[_read] - start);
                    _records[_read] = owner.ReadRecord(mapper, kind, firstIndex + _read, element, _lines[_read]);
                    start = _ends[_read];
                }
            }
            catch (Exception e)
            {
                _error = e;
            }
            finally
            {
                mapper.MoveProblemsTo(_problems);
                owner.ReturnMapper(mapper);
                ArrayPool<byte>.Shared.Return(_text);
                _completion.SetResult();
            }
        }

        /// <summary>Adds the records read (in order) to <paramref name="builder"/>; then throws the error that stopped
        /// the batch, if any.</summary>
        public void AddTo(LedgerBuilder builder)
        {
            for (int i = 0; i < _read; i++)
            {
                builder.AddRead(_records[i], _lines[i]);
            }

            foreach ((LedgerRecordKind problemKind, int index, LedgerProblem problem) in _problems)
            {
                builder.AddReadProblem(problemKind, index, problem);
            }

            if (_error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_error);
            }
        }
    }
}
