using System.Text;
using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

public sealed class JsonLineMapTests
{
    private const string Json = "{\n  \"a\": 1,\n  \"list\": [\n    { \"b\": true },\n    {\n      \"c\": null\n    }\n  ],\n  \"odd name\": {}\n}";

    [Theory]
    [InlineData("$", 1)]
    [InlineData("$.a", 2)]
    [InlineData("$.list", 3)]
    [InlineData("$.list[0]", 4)]
    [InlineData("$.list[0].b", 4)]
    [InlineData("$.list[1]", 5)]
    [InlineData("$.list[1].c", 6)]
    [InlineData("$['odd name']", 9)]
    [InlineData("$.list[1].missing", 5)]
    [InlineData("$.list[7]", 3)]
    [InlineData("$.nothing.deeper", 1)]
    public void LineOf_PathOrNearestAncestor(string path, int line)
    {
        new JsonLineMap(Encoding.UTF8.GetBytes(Json)).LineOf(path).Should().Be(line);
    }

    [Fact]
    public void Duplicates_AreReportedAfterTheFirst()
    {
        var map = new JsonLineMap(Encoding.UTF8.GetBytes("{\n \"x\": 1,\n \"y\": { \"x\": 2 },\n \"x\": 3\n}"));
        map.Duplicates.Should().Equal([("$.x", 4)]);
    }

    [Theory]
    [InlineData("address", ".address")]
    [InlineData("$schema", ".$schema")]
    [InlineData("a name", "['a name']")]
    [InlineData("it's", "['it\\'s']")]
    [InlineData("", "['']")]
    public void Segment_QuotesNamesThatAreNotIdentifiers(string name, string segment)
    {
        JsonLineMap.Segment(name).Should().Be(segment);
    }
}
