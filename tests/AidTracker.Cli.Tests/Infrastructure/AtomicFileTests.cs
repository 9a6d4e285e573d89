using AidTracker.Cli.Infrastructure;

namespace AidTracker.Cli.Tests.Infrastructure;

public class AtomicFileTests
{
    [Fact]
    public async Task WriteAsync_Success_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("out.txt", "old");

        await AtomicFile.WriteTextAsync(file, "new", TestContext.Current.CancellationToken);

        File.ReadAllText(file).Should().Be("new");
        folder.FileNames.Should().Equal("out.txt");
    }

    [Fact]
    public async Task WriteAsync_WriterFailsHalfway_KeepsTheOldFileAndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("out.txt", "old");

        Func<Task> act = () =>
            AtomicFile.WriteAsync(
                file,
                async stream =>
                {
                    await stream.WriteAsync("partial"u8.ToArray(), TestContext.Current.CancellationToken);
                    throw new IOException("disk full");
                },
                TestContext.Current.CancellationToken
            );

        await act.Should().ThrowAsync<IOException>().WithMessage("disk full");
        File.ReadAllText(file).Should().Be("old");
        folder.FileNames.Should().Equal("out.txt");
    }

    [Fact]
    public async Task WriteAsync_WriterFailsForANewFile_CreatesNothing()
    {
        using var folder = new TempFolder();

        Func<Task> act = () =>
            AtomicFile.WriteAsync(
                folder.File("new.txt"),
                _ => throw new InvalidOperationException("boom"),
                TestContext.Current.CancellationToken
            );

        await act.Should().ThrowAsync<InvalidOperationException>();
        folder.FileNames.Should().BeEmpty();
    }

    [Fact]
    public async Task WriteAsync_FolderMissing_ThrowsAUsageFreeInvalidDataErrorNamingIt()
    {
        using var folder = new TempFolder();
        string file = Path.Combine(folder.Path, "nope", "out.txt");

        Func<Task> act = () => AtomicFile.WriteTextAsync(file, "x", TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<CliException>()).Which.ExitCode.Should().Be(ExitCodes.InvalidData);
    }

    [Fact]
    public async Task WriteAsync_DevNull_WritesThroughWithoutReplacingTheDevice()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "/dev/null is a Unix device");

        await AtomicFile.WriteTextAsync("/dev/null", "discarded", TestContext.Current.CancellationToken);

        new FileInfo("/dev/null").Length.Should().Be(0, "a device, not a file renamed over it");
    }

    [Fact]
    public async Task DeleteTemporaryFiles_WhileAWriteIsInProgress_RemovesItsTemporaryFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("out.txt", "old");
        var writing = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        Task write = AtomicFile.WriteAsync(
            file,
            async stream =>
            {
                await stream.WriteAsync("partial"u8.ToArray(), TestContext.Current.CancellationToken);
                await stream.FlushAsync(TestContext.Current.CancellationToken);
                writing.SetResult();
                await release.Task;
                throw new OperationCanceledException();
            },
            TestContext.Current.CancellationToken
        );
        await writing.Task;
        folder.FileNames.Should().HaveCount(2, "the temporary file exists while it is written");

        AtomicFile.DeleteTemporaryFiles();

        folder.FileNames.Should().Equal("out.txt");
        File.ReadAllText(file).Should().Be("old");
        release.SetResult();
        await write.Invoking(w => w).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAsync_CancelledAfterWriting_KeepsTheOldFile()
    {
        using var folder = new TempFolder();
        string file = folder.Write("out.txt", "old");
        using var cancellation = new CancellationTokenSource();

        Func<Task> act = () =>
            AtomicFile.WriteAsync(
                file,
                async stream =>
                {
                    await stream.WriteAsync("new"u8.ToArray(), TestContext.Current.CancellationToken);
                    await cancellation.CancelAsync();
                },
                cancellation.Token
            );

        await act.Should().ThrowAsync<OperationCanceledException>();
        File.ReadAllText(file).Should().Be("old");
        folder.FileNames.Should().Equal("out.txt");
    }
}
