using System.Text;
using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

public sealed class MailboxDirectorySourceTests
{
    [Fact]
    public void Current_IsTheInitialDirectory()
    {
        new MailboxDirectorySource(MailboxDirectory.Example).Current.Should().BeSameAs(MailboxDirectory.Example);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Action act = () => _ = new MailboxDirectorySource(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TryReload_ValidFile_ReplacesTheDirectory()
    {
        var source = new MailboxDirectorySource(MailboxDirectory.Example);

        source.TryReload(DirectoryDocuments.Minimal, out IReadOnlyList<MailboxDirectoryProblem> problems).Should().BeTrue();

        problems.Should().BeEmpty();
        source.Current.Should().NotBeSameAs(MailboxDirectory.Example);
        source.Current.Mailboxes.Should().HaveCount(4);
    }

    [Fact]
    public void TryReload_BrokenFile_KeepsTheLastGoodDirectoryAndListsTheProblems()
    {
        var source = new MailboxDirectorySource(MailboxDirectory.Example);
        source.TryReload(DirectoryDocuments.Minimal, out _).Should().BeTrue();
        MailboxDirectory lastGood = source.Current;

        source.TryReload(DirectoryDocuments.Broken("redirect to unknown"), out IReadOnlyList<MailboxDirectoryProblem> problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Path.Should().Be("$.mailboxes[3].redirectTo");
        source.Current.Should().BeSameAs(lastGood);

        source.TryReload("{ not json", out problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Line.Should().Be(1);
        source.Current.Should().BeSameAs(lastGood);
    }

    [Fact]
    public void TryReload_Stream_ReadsUtf8()
    {
        var source = new MailboxDirectorySource(MailboxDirectory.Example);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DirectoryDocuments.Minimal));

        source.TryReload(stream, out IReadOnlyList<MailboxDirectoryProblem> problems).Should().BeTrue();

        problems.Should().BeEmpty();
        source.Current.Find("bygglov@osby.se")!.Owner.Should().Be("Samhällsbyggnadsförvaltningen");
    }

    [Fact]
    public void TryReload_Null_Throws()
    {
        var source = new MailboxDirectorySource(MailboxDirectory.Example);
        Action fromString = () => source.TryReload((string)null!, out _);
        Action fromStream = () => source.TryReload((Stream)null!, out _);
        fromString.Should().Throw<ArgumentNullException>();
        fromStream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TryReload_WhileOthersRead_ReadersAlwaysSeeAWholeValidDirectory()
    {
        var source = new MailboxDirectorySource(MailboxDirectory.Example);
        string[] files = [DirectoryDocuments.Minimal, DirectoryDocuments.Broken("unknown kind"), MailboxDirectory.ReadResource(MailboxDirectory.ExampleResourceName)];
        int reloads = 0;

        Parallel.For(0, 400, i =>
        {
            if (i % 4 == 0)
            {
                source.TryReload(files[i / 4 % files.Length], out _);
                Interlocked.Increment(ref reloads);
            }
            else
            {
                MailboxDirectory current = source.Current;
                current.Official.Address.Should().Be(MailboxDirectory.OfficialAddress);
                current.Unit(UnitRole.Kanslienheten).Should().NotBeNull();
            }
        });

        reloads.Should().Be(100);
        source.Current.Official.Kind.Should().Be(MailboxKind.Official);
    }
}
