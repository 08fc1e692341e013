using Osby.TeamsBot.Bots;

namespace Osby.TeamsBot.Tests.Bots;

public sealed class HelpTextTests
{
    [Fact]
    public void Markdown_Always_NamesTheGuidelineAndItsThreeTopics()
    {
        HelpText.Markdown.Should().Contain("Osby kommuns riktlinje för service och digital kommunikation")
            .And.Contain("svarstider")
            .And.Contain("mejl")
            .And.Contain("diarieföras");
    }

    [Fact]
    public void Markdown_Always_ListsExampleQuestions()
    {
        HelpText.Markdown.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal) && line.EndsWith('?'))
            .Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Markdown_Always_SaysItOnlyShowsHelpForNow()
    {
        HelpText.Markdown.Should().Contain("Än så länge svarar jag med den här hjälptexten");
    }
}
