using System.Text.RegularExpressions;
using Osby.Policy.Rules;

namespace Osby.Policy.Tests.Rules;

public sealed partial class RuleCitationTests
{
    private static readonly string RulesFile = Path.Combine(AppContext.BaseDirectory, "RULES.md");

    [Fact]
    public void All_CoversEveryRuleOfTheCatalogueFile_InOrder()
    {
        // Reads the rule ids from shared/domain/RULES.md, copied next to the tests at build time.
        var ids = RuleRow().Matches(File.ReadAllText(RulesFile)).Select(m => m.Groups[1].Value).ToList();
        ids.Should().HaveCountGreaterThan(40);
        RuleCitation.All.Select(c => c.RuleId).Should().Equal(ids);
    }

    [Theory]
    [InlineData("DL-1", "Källa: riktlinjen avsnitt 2.1.1 (DL-1)")]
    [InlineData("cd-3", "Källa: riktlinjen avsnitt 2.3 (CD-3)")]
    [InlineData("RT-15", "Källa: förvaltningslagen 6 § (RT-15)")]
    [InlineData("RT-16", "Källa: riktlinjen avsnitt 5.3 och lag (1998:112) om elektroniska anslagstavlor, 5 § (RT-16)")]
    public void ToString_GivesTheSwedishSource(string id, string expected) =>
        RuleCitation.For(id).ToString().Should().Be(expected);

    [Fact]
    public void For_UnknownRule_ThrowsNamingIt() =>
        FluentActions.Invoking(() => RuleCitation.For("XX-9")).Should().Throw<ArgumentException>().WithMessage("*XX-9*");

    [GeneratedRegex(@"^\| ((?:CAL|DL|RT|RC|CD)-\d+) \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
