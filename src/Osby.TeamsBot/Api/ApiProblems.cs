using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>Builds the item API's <c>application/problem+json</c> responses in the caller's language.</summary>
/// <remarks>
/// Every problem has <c>status</c>, <c>title</c> and <c>detail</c> in the language of <see cref="ApiLanguages.Of"/>, a
/// <c>traceId</c> to quote in a support request, <c>errors</c> as <c>{ field: [message] }</c> when fields are wrong, and
/// <c>ruleId</c> when a rule of the guideline refused the change. The response says its language in <c>Content-Language</c>.
/// </remarks>
internal static class ApiProblems
{
    /// <summary>The extension member with the refusing rule's id, e.g. "RT-8".</summary>
    public const string RuleIdMember = "ruleId";

    /// <summary>The extension member with the request's trace id.</summary>
    public const string TraceIdMember = "traceId";

    /// <summary>Creates a problem response.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="title">The title.</param>
    /// <param name="detail">The detail.</param>
    /// <param name="errors">Field errors, or null.</param>
    /// <param name="ruleId">The refusing rule's id, or null.</param>
    /// <returns>The result to return from an endpoint.</returns>
    public static ProblemHttpResult Create(
        HttpContext context,
        int status,
        ApiText title,
        ApiText detail,
        IReadOnlyList<ItemProblem>? errors = null,
        string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ApiLanguage language = ApiLanguages.Of(context.Request);
        return Create(context, status, title.In(language), detail.In(language), errors, ruleId);
    }

    /// <summary>Creates a problem response whose detail is already in the caller's language (a ledger message).</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="title">The title, in the caller's language.</param>
    /// <param name="detail">The detail, in the caller's language.</param>
    /// <param name="errors">Field errors, or null.</param>
    /// <param name="ruleId">The refusing rule's id, or null.</param>
    /// <returns>The result to return from an endpoint.</returns>
    public static ProblemHttpResult Create(
        HttpContext context,
        int status,
        string title,
        string detail,
        IReadOnlyList<ItemProblem>? errors = null,
        string? ruleId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ApiLanguage language = ApiLanguages.Of(context.Request);
        ProblemDetails problem = errors is { Count: > 0 }
            ? new HttpValidationProblemDetails(errors
                .GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => language == ApiLanguage.English ? e.English : e.Swedish).ToArray(), StringComparer.Ordinal))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        if (ruleId is not null)
        {
            problem.Extensions[RuleIdMember] = ruleId;
        }

        problem.Extensions[TraceIdMember] = Activity.Current?.Id ?? context.TraceIdentifier;
        context.Response.Headers.ContentLanguage = language.Tag();
        return TypedResults.Problem(problem);
    }

    /// <summary>Creates a 400 response listing field errors.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="errors">The field errors.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult Invalid(HttpContext context, IReadOnlyList<ItemProblem> errors) =>
        Create(context, StatusCodes.Status400BadRequest, ApiTexts.InvalidTitle, ApiTexts.InvalidDetail, errors);

    /// <summary>Creates a 400 response for one field.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="field">The field.</param>
    /// <param name="message">What is wrong with it.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult Invalid(HttpContext context, string field, ApiText message) =>
        Invalid(context, [Problem(field, message)]);

    /// <summary>Creates a 404 response for an item id.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="id">The id asked for.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult NotFound(HttpContext context, long id) =>
        Create(context, StatusCodes.Status404NotFound, ApiTexts.NotFoundTitle, ApiTexts.NoSuchItem(id));

    /// <summary>Creates a field problem from an API text.</summary>
    /// <param name="field">The field.</param>
    /// <param name="message">What is wrong with it.</param>
    /// <returns>The problem.</returns>
    public static ItemProblem Problem(string field, ApiText message) => new(field, message.Swedish, message.English);
}
