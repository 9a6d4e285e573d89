using AidTracker.Aggregation.Engine;
using AidTracker.Tests.Ledger;

namespace AidTracker.Tests.Aggregation.Engine;

public class CommitmentPrefetchTests
{
    [Fact]
    public void LastLine_MeasuredFromTheAllocator_CoversACommitmentObject()
    {
        // A commitment has a dozen references and a nullable amount: more than one cache line, far less than eight.
        CommitmentPrefetch.LastLine.Should().BeInRange(64, 448);
        (CommitmentPrefetch.LastLine % 64).Should().Be(0);
    }

    [Fact]
    public void Prefetch_TheWorkedExample_DoesNotChangeIt()
    {
        Commitment package = WorkedExample.Package;

        CommitmentPrefetch.Prefetch(package);

        package.Should().Be(WorkedExample.Package);
    }
}
