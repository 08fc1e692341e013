using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Osby.TeamsBot.Api;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>How the ledger's refusals become HTTP statuses; the 403 cannot be reached through the API (a system may record every event).</summary>
public sealed class ItemResultsTests
{
    [Fact]
    public void Problem_NotAllowed_Is403WithTheLedgersMessageInTheCallersLanguage()
    {
        var result = new ItemChangeResult(
            ChangeStatus.NotAllowed, null, "Bara mottagaren kan svara (RT-7).", "Only the recipient can answer (RT-7).", "RT-7");

        var swedish = ItemResults.Problem(Context(null), result, 42);
        var english = ItemResults.Problem(Context("en"), result, 42);

        swedish.StatusCode.Should().Be(StatusCodes.Status403Forbidden);
        swedish.ProblemDetails.Detail.Should().Be("Bara mottagaren kan svara (RT-7).");
        english.ProblemDetails.Detail.Should().Be("Only the recipient can answer (RT-7).");
        english.ProblemDetails.Extensions["ruleId"].Should().Be("RT-7");
    }

    [Fact]
    public void Problem_Refused_Is409WithTheRuleId()
    {
        var result = new ItemChangeResult(ChangeStatus.Refused, null, "karin fick redan ärendet (RT-8)", "karin already had it (RT-8)", "RT-8");

        var problem = ItemResults.Problem(Context("en-GB"), result, 42);

        problem.StatusCode.Should().Be(StatusCodes.Status409Conflict);
        problem.ProblemDetails.Detail.Should().Be("karin already had it (RT-8)");
        problem.ProblemDetails.Extensions["ruleId"].Should().Be("RT-8");
    }

    [Fact]
    public void Problem_Invalid_Is400WithTheFieldErrorsGroupedByField()
    {
        var result = new ItemChangeResult(
            ChangeStatus.Invalid,
            null,
            Problems:
            [
                new ItemProblem("at", "Tiden ligger i framtiden.", "The time is in the future."),
                new ItemProblem("at", "Tiden är före ankomsten.", "The time is before the arrival."),
                new ItemProblem("recipient", "Ange mottagaren.", "Name the recipient."),
            ]);

        var problem = ItemResults.Problem(Context("sv"), result, 42);

        problem.StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        var errors = problem.ProblemDetails.Should().BeOfType<HttpValidationProblemDetails>().Subject.Errors;
        errors["at"].Should().Equal("Tiden ligger i framtiden.", "Tiden är före ankomsten.");
        errors["recipient"].Should().Equal("Ange mottagaren.");
    }

    [Fact]
    public void Problem_NotFound_Is404NamingTheId()
    {
        var problem = ItemResults.Problem(Context(null), new ItemChangeResult(ChangeStatus.NotFound, null), 42);

        problem.StatusCode.Should().Be(StatusCodes.Status404NotFound);
        problem.ProblemDetails.Detail.Should().Contain("42");
    }

    private static DefaultHttpContext Context(string? acceptLanguage)
    {
        var context = new DefaultHttpContext();
        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return context;
    }
}
