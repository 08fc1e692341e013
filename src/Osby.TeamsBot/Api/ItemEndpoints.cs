using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>Maps the item API: other systems (a Power Automate flow on a function mailbox, the e-service platform)
/// register items and report their later events. See docs/items-api.md.</summary>
internal static class ItemEndpoints
{
    /// <summary>The API's base path.</summary>
    public const string ItemsPath = "/api/items";

    /// <summary>The authorization policy of every item endpoint: a calling system authenticated by its API key.</summary>
    public const string Policy = "OsbyItemApi";

    /// <summary>Maps <c>POST /api/items</c>, <c>POST /api/items/{id}/events</c>, <c>GET /api/items/{id}</c> and
    /// <c>GET /api/items/{id}/audit</c> behind <see cref="Policy"/>, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <returns><paramref name="endpoints"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapOsbyItemApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        RouteGroupBuilder items = endpoints.MapGroup(ItemsPath)
            .RequireAuthorization(Policy)
            .AddEndpointFilter<ItemApiExceptionFilter>()
            .WithTags("Items")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        items.MapPost("/", RegisterAsync)
            .WithName("RegisterItem")
            .WithSummary("Register an item's first arrival")
            .WithDescription("Registers an item that reached the municipality (DL-9: every deadline runs from firstArrival). 201 with the new item and its Location; 200 with the item already registered when the same externalMessageId comes again (the first registration stands). 400 lists every wrong field.")
            .WithMetadata(new JsonRequestBody(typeof(RegisterItemRequest)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        items.MapPost("/{id}/events", RecordAsync)
            .WithName("RecordItemEvent")
            .WithSummary("Record a later event on an item")
            .WithDescription("Records what happened to the item: a receipt or renewed promise (DL-1, DL-3), the answer, a forward and the recipient's answer to it (RT-7, RT-8, DL-6), the registration, closing, SEFOS activity (DL-4). 200 with outcome \"applied\", or \"alreadyRecorded\" when the item already held exactly this (a replayed request). 409 when a rule refuses the change (e.g. RT-8: the recipient already had the item), with ruleId and the send history; 403 when the change is not the caller's to make; 400 for wrong fields, a time before the item's latest event or in the future.")
            .WithMetadata(new JsonRequestBody(typeof(RecordEventRequest)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        items.MapGet("/{id}", GetAsync)
            .WithName("GetItem")
            .WithSummary("Get an item")
            .WithDescription("The item's arrival, who is responsible now (RT-7), every entry, the forward chain (RT-8) and what is owed now with due times and rule ids (DL-1 … DL-9). Times are ISO 8601 in Europe/Stockholm with the offset.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapGet("/{id}/audit", AuditAsync)
            .WithName("GetItemAudit")
            .WithSummary("Get an item's audit trail")
            .WithDescription("Every change to the item, who made it (a person or system:<name>) and when, oldest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapOpenApi().AllowAnonymous();
        return endpoints;
    }

    private static async Task<Results<Created<ItemResponse>, Ok<ItemResponse>, ProblemHttpResult>> RegisterAsync(
        HttpContext context,
        [FromServices] ItemLedger ledger,
        [FromServices] ServicePolicy policy,
        [FromServices] IClock clock,
        CancellationToken cancellationToken)
    {
        ApiBody<RegisterItemRequest> body = await ApiBody.ReadAsync<RegisterItemRequest>(context, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } unreadable)
        {
            return unreadable;
        }

        List<ItemProblem> problems = [];
        if (body.Value!.ToArrival(problems) is not { } arrival)
        {
            return ApiProblems.Invalid(context, problems);
        }

        ItemChangeResult result = await ledger.RegisterAsync(arrival, CallerOf(context), cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Status: ChangeStatus.Applied, Item: { } item } => TypedResults.Created(
                $"{ItemsPath}/{item.Id}", ItemResponse.Create(item, policy, clock.GetCurrentInstant())),
            { Status: ChangeStatus.AlreadyRecorded, Item: { } item } => TypedResults.Ok(ItemResponse.Create(item, policy, clock.GetCurrentInstant())),
            _ => ItemResults.Problem(context, result, itemId: null),
        };
    }

    private static async Task<Results<Ok<RecordEventResponse>, ProblemHttpResult>> RecordAsync(
        HttpContext context,
        string id,
        [FromServices] ItemLedger ledger,
        [FromServices] ServicePolicy policy,
        [FromServices] IClock clock,
        CancellationToken cancellationToken)
    {
        if (!ItemResults.TryReadId(id, out long itemId))
        {
            return ApiProblems.Invalid(context, "id", ApiTexts.IdNotANumber);
        }

        ApiBody<RecordEventRequest> body = await ApiBody.ReadAsync<RecordEventRequest>(context, cancellationToken).ConfigureAwait(false);
        if (body.Problem is { } unreadable)
        {
            return unreadable;
        }

        List<ItemProblem> problems = [];
        if (body.Value!.ToChange(problems) is not { } change)
        {
            return ApiProblems.Invalid(context, problems);
        }

        ItemChangeResult result = await ledger.RecordAsync(itemId, change, CallerOf(context), cancellationToken).ConfigureAwait(false);
        if (result is { Succeeded: true, Item: { } item })
        {
            bool applied = result.Status == ChangeStatus.Applied;
            ApiLanguage language = ApiLanguages.Of(context.Request);
            return TypedResults.Ok(new RecordEventResponse(
                ApiNames.Of(result.Status),
                applied ? null : (language == ApiLanguage.English ? result.English : result.Swedish),
                applied ? null : result.RuleId,
                ItemResponse.Create(item, policy, clock.GetCurrentInstant())));
        }

        return ItemResults.Problem(
            context,
            result with { Problems = result.Problems?.Select(p => RecordEventRequest.InApiTerms(p, change.Kind)).ToList() },
            itemId);
    }

    private static async Task<Results<Ok<ItemResponse>, ProblemHttpResult>> GetAsync(
        HttpContext context,
        string id,
        [FromServices] ItemLedger ledger,
        [FromServices] ServicePolicy policy,
        [FromServices] IClock clock,
        CancellationToken cancellationToken)
    {
        if (!ItemResults.TryReadId(id, out long itemId))
        {
            return ApiProblems.Invalid(context, "id", ApiTexts.IdNotANumber);
        }

        TrackedItem? item = await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false);
        return item is null
            ? ApiProblems.NotFound(context, itemId)
            : TypedResults.Ok(ItemResponse.Create(item, policy, clock.GetCurrentInstant()));
    }

    private static async Task<Results<Ok<AuditTrailResponse>, ProblemHttpResult>> AuditAsync(
        HttpContext context,
        string id,
        [FromServices] ItemLedger ledger,
        [FromServices] ServicePolicy policy,
        CancellationToken cancellationToken)
    {
        if (!ItemResults.TryReadId(id, out long itemId))
        {
            return ApiProblems.Invalid(context, "id", ApiTexts.IdNotANumber);
        }

        if (await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.NotFound(context, itemId);
        }

        IReadOnlyList<AuditEntry> audit = await ledger.AuditAsync(itemId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AuditTrailResponse(itemId, [.. audit.Select(e => AuditEntryResponse.Create(e, policy.Clock.Zone))]));
    }

    /// <summary>The actor of a request's changes: the calling system its API key belongs to.</summary>
    private static Actor CallerOf(HttpContext context) =>
        Actor.System(context.User.Identity?.Name ?? throw new InvalidOperationException("The item API ran without an authenticated system."));
}
