namespace AidTracker.Tests.Serialization;

/// <summary>
/// Tests that measure the whole process's memory (<see cref="GC.GetTotalMemory(bool)"/>) run alone, after the parallel
/// ones: another test loading the embedded rates at the same time (the NBU's 6.8 MB of CSV) would be counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemory
{
    public const string Name = "Process memory";
}
