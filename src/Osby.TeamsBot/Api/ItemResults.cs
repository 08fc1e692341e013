using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>Turns the ledger's outcomes that are not a success into problem responses, and reads item ids from the route.</summary>
internal static class ItemResults
{
    /// <summary>Maps an outcome: <see cref="ChangeStatus.NotFound"/> → 404, <see cref="ChangeStatus.NotAllowed"/> → 403,
    /// <see cref="ChangeStatus.Refused"/> → 409 with the rule id and the ledger's message (the send history for RT-8),
    /// <see cref="ChangeStatus.Invalid"/> → 400 with the field errors.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="result">The ledger's outcome.</param>
    /// <param name="itemId">The item asked for, or null when registering.</param>
    /// <returns>The problem response.</returns>
    /// <exception cref="InvalidOperationException">The outcome is a success, or a success without an item.</exception>
    public static ProblemHttpResult Problem(HttpContext context, ItemChangeResult result, long? itemId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        ApiLanguage language = ApiLanguages.Of(context.Request);
        string? message = language == ApiLanguage.English ? result.English : result.Swedish;
        return result.Status switch
        {
            ChangeStatus.NotFound when itemId is { } id => ApiProblems.NotFound(context, id),
            ChangeStatus.NotAllowed => ApiProblems.Create(
                context, StatusCodes.Status403Forbidden, ApiTexts.ForbiddenTitle.In(language), message ?? ApiTexts.ForbiddenDetail.In(language), ruleId: result.RuleId),
            ChangeStatus.Refused => ApiProblems.Create(
                context, StatusCodes.Status409Conflict, ApiTexts.ConflictTitle.In(language), message ?? string.Empty, ruleId: result.RuleId),
            ChangeStatus.Invalid => ApiProblems.Create(
                context,
                StatusCodes.Status400BadRequest,
                ApiTexts.InvalidTitle.In(language),
                message ?? ApiTexts.InvalidDetail.In(language),
                result.Problems,
                result.RuleId),
            _ => throw new InvalidOperationException($"The ledger answered {result.Status} without an item to show."),
        };
    }

    /// <summary>Reads an item id from the route: a positive whole number.</summary>
    /// <param name="text">The route value.</param>
    /// <param name="id">The id.</param>
    /// <returns>True when it is an id.</returns>
    public static bool TryReadId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
