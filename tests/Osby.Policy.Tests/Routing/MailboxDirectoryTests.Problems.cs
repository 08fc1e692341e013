using Osby.Policy.Routing;
using static Osby.Policy.Tests.Routing.DirectoryLoading;

namespace Osby.Policy.Tests.Routing;

/// <summary>Broken directory files: every problem listed, each with its path, its line and a Swedish and an English message.</summary>
public sealed partial class MailboxDirectoryTests
{
    [Fact]
    public void Load_MinimalDocument_IsValid()
    {
        // The broken cases below change this document; it must itself be fine.
        MailboxDirectory.Load(DirectoryDocuments.Minimal).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(DirectoryDocuments.CaseNames), MemberType = typeof(DirectoryDocuments))]
    public void Load_BrokenFile_ReportsTheProblemWithPathAndLine(string caseName)
    {
        DirectoryDocuments.BrokenCase broken = DirectoryDocuments.Cases[caseName];
        string json = DirectoryDocuments.Broken(caseName);

        IReadOnlyList<MailboxDirectoryProblem> problems = ProblemsOf(json);

        problems.Select(p => p.Path).Should().Equal(broken.Also is null ? [broken.Path] : [broken.Path, broken.Also]);
        MailboxDirectoryProblem problem = problems[0];
        problem.Line.Should().NotBeNull();
        DirectoryDocuments.LineText(json, problem.Line!.Value).Should().Contain(broken.Marker);
        problem.SwedishMessage.Should().NotBeNullOrWhiteSpace().And.NotBe(problem.EnglishMessage);
        problem.EnglishMessage.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Load_FileWithFiveDifferentErrors_ReportsFiveInFileOrder()
    {
        const string json = """
            {
              "units": {
                "kontaktcenter": { "name": "Kontaktcenter", "address": "kontaktcenter@osby.se" },
                "kanslienheten": { "name": "Kanslienheten", "address": "kansli@osby" },
                "kommunikationsenheten": { "name": "Kommunikationsenheten", "address": "kommunikation@osby.se" },
                "huvudregistrator": { "name": "Huvudregistrator", "address": "huvudregistrator@osby.se" }
              },
              "mailboxes": [
                { "address": "kommun@osby.se", "name": "Osby kommun", "owner": "Kontaktcenter", "kind": "official",
                  "registrators": [ { "name": "Kontaktcenter" } ] },
                { "address": "kontaktcenter@osby.se", "name": "Kontaktcenter", "owner": "Kontaktcenter", "kind": "intern",
                  "registrators": [ { "name": "Kontaktcenter" } ] },
                { "address": "bygglov@osby.se", "name": "Bygglov", "owner": "Samhällsbyggnad", "kind": "central",
                  "areas": [ { "name": "Bygglov", "keywords": [] } ],
                  "registrators": [ { "name": "Registrator" } ] },
                { "address": "gamla@osby.se", "name": "Gamla", "owner": "Samhällsbyggnad", "kind": "central", "active": false,
                  "redirectTo": "gamla@osby.se", "redirectUntil": "2026-12-31" },
                { "address": "BYGGLOV@osby.se", "name": "Bygglov igen", "owner": "Samhällsbyggnad", "kind": "unit",
                  "registrators": [ { "name": "Registrator" } ] }
              ]
            }
            """;

        IReadOnlyList<MailboxDirectoryProblem> problems = ProblemsOf(json);

        problems.Select(p => (p.Path, p.Line)).Should().Equal(
            ("$.units.kanslienheten.address", 4),
            ("$.mailboxes[1].kind", 11),
            ("$.mailboxes[2].areas[0].keywords", 14),
            ("$.mailboxes[3].redirectTo", 17),
            ("$.mailboxes[4].address", 18));
        problems.Should().OnlyContain(p => p.SwedishMessage.Length > 0 && p.EnglishMessage.Length > 0);
    }

    [Fact]
    public void Load_SyntaxError_ReportsItsLine()
    {
        const string json = """
            {
              "units": {
                "kontaktcenter": { "name": "Kontaktcenter" "address": "kontaktcenter@osby.se" }
              }
            }
            """;

        MailboxDirectoryProblem problem = ProblemsOf(json).Should().ContainSingle().Subject;

        problem.Line.Should().Be(3);
        problem.SwedishMessage.Should().StartWith("Filen är inte giltig JSON på rad 3");
        problem.EnglishMessage.Should().StartWith("The file is not valid JSON");
    }

    [Theory]
    [InlineData("{ \"units\": {}, // kommentar\n \"mailboxes\": [] }", 1)]
    [InlineData("{\n  \"units\": {},\n  \"mailboxes\": [],\n}", 4)]
    [InlineData("", 1)]
    [InlineData("{\n  \"units\": {", 2)]
    public void Load_NotStrictJson_IsASyntaxError(string json, int line)
    {
        ProblemsOf(json).Should().ContainSingle().Which.Line.Should().Be(line);
    }

    [Fact]
    public void Load_RootIsNotAnObject_SaysSo()
    {
        MailboxDirectoryProblem problem = ProblemsOf("[ ]").Should().ContainSingle().Subject;
        (problem.Path, problem.Line).Should().Be(("$", 1));
    }

    [Fact]
    public void Load_EmptyObject_ListsEveryMissingPart()
    {
        ProblemsOf("{ }").Select(p => p.Path).Should().Equal("$.units", "$.mailboxes");
    }

    [Fact]
    public void Load_EmptyDirectory_ListsTheUnitsAndTheTwoNamedAddresses()
    {
        ProblemsOf("""{ "units": {}, "mailboxes": [] }""").Select(p => p.Path).Should().BeEquivalentTo(
            "$.units.kontaktcenter", "$.units.kanslienheten", "$.units.kommunikationsenheten", "$.units.huvudregistrator", "$.mailboxes", "$.mailboxes");
    }

    [Fact]
    public void Load_PropertyTwice_ReportsTheSecond()
    {
        string json = DirectoryDocuments.Minimal.Replace(
            "\"name\": \"Bygglov\",\n",
            "\"name\": \"Bygglov\",\n      \"name\": \"Bygglov igen\",\n",
            StringComparison.Ordinal);

        MailboxDirectoryProblem problem = ProblemsOf(json).Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.mailboxes[2].name");
        DirectoryDocuments.LineText(json, problem.Line!.Value).Should().Contain("Bygglov igen");
    }

    [Fact]
    public void Load_RedirectLoop_ReportsBothMailboxes()
    {
        string json = DirectoryDocuments.Minimal.Replace(
            """
                  "redirectTo": "bygglov@osby.se",
            """,
            """
                  "redirectTo": "loop@osby.se",
            """,
            StringComparison.Ordinal).Replace(
            "\"mailboxes\": [",
            """
            "mailboxes": [
                { "address": "loop@osby.se", "name": "Loop", "owner": "X", "kind": "central", "active": false, "redirectTo": "gamla@osby.se", "redirectUntil": "2026-06-30" },
            """,
            StringComparison.Ordinal);

        ProblemsOf(json).Select(p => p.Path).Should().Equal("$.mailboxes[0].redirectTo", "$.mailboxes[4].redirectTo");
    }

    [Fact]
    public void Load_FieldInWrongCase_SuggestsTheRightName()
    {
        MailboxDirectoryProblem problem = ProblemsOf(DirectoryDocuments.Broken("field in wrong case")).Single();
        problem.SwedishMessage.Should().Be("Okänt fält \"Example\". Menade du \"example\"? Stora och små bokstäver räknas.");
        problem.EnglishMessage.Should().Be("Unknown field \"Example\". Did you mean \"example\"? Names are case-sensitive.");
    }

    [Fact]
    public void Load_MisspelledField_SuggestsTheRightName()
    {
        string json = DirectoryDocuments.Minimal.Replace("\"owner\": \"Kontaktcenter\",\n      \"kind\": \"internal\"", "\"owner\": \"Kontaktcenter\",\n      \"kind\": \"internal\",\n      \"substitut\": { \"name\": \"X\" }", StringComparison.Ordinal);

        MailboxDirectoryProblem problem = ProblemsOf(json).Should().ContainSingle().Subject;

        (problem.Path, problem.SwedishMessage).Should().Be(("$.mailboxes[1].substitut", "Okänt fält \"substitut\". Menade du \"substitute\"?"));
    }

    [Fact]
    public void Load_OddPropertyName_IsQuotedInThePath()
    {
        string json = DirectoryDocuments.Minimal.Replace("\"managers\": [", "\"mina chefer\": 1,\n  \"managers\": [", StringComparison.Ordinal);
        ProblemsOf(json).Should().ContainSingle().Which.Path.Should().Be("$['mina chefer']");
    }

    [Fact]
    public void Exception_IsAFormatExceptionListingEveryProblem()
    {
        var exception = new Action(() => MailboxDirectory.Load("{ }")).Should().Throw<MailboxDirectoryException>().Subject.Single();

        exception.Should().BeAssignableTo<FormatException>();
        exception.Message.Should().StartWith("Katalogen över funktionsbrevlådor är felaktig / The mailbox directory is invalid:");
        exception.Message.Should().Contain("- rad 1, $.units: Fältet \"units\" saknas. / The field \"units\" is missing.");
        exception.Message.Should().Contain("$.mailboxes");
    }

    [Fact]
    public void Exception_StandardConstructors_HaveOneProblemOrNone()
    {
        new MailboxDirectoryException().Problems.Should().BeEmpty();
        new MailboxDirectoryException("fel").Problems.Should().ContainSingle().Which.SwedishMessage.Should().Be("fel");
        var inner = new IOException("disk");
        new MailboxDirectoryException("fel", inner).InnerException.Should().BeSameAs(inner);
    }

    [Fact]
    public void Problem_ToString_NamesLinePathAndBothLanguages()
    {
        MailboxDirectoryProblem problem = ProblemsOf(DirectoryDocuments.Broken("redirect to itself")).Single();
        problem.ToString().Should().MatchRegex(@"^rad \d+, \$\.mailboxes\[3\]\.redirectTo: Brevlådan vidarekopplas till sig själv\. / The mailbox redirects to itself\.$");
    }
}
