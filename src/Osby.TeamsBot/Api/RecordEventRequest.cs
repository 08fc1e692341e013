using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>The body of <c>POST /api/items/{id}/events</c>: something that happened to an item later.</summary>
/// <remarks>
/// Each kind takes only its own fields; a field of another kind is refused rather than dropped, so a caller that sends
/// a diarienummer with the wrong kind learns it at once. Whether a kind's own fields are all there, and whether the change
/// is allowed at all (RT-7, RT-8, DL-6, times), is the ledger's to say.
/// </remarks>
internal sealed record RecordEventRequest
{
    /// <summary>The event kinds' fields: which kinds each optional field belongs to.</summary>
    private static readonly (string Field, Func<RecordEventRequest, string?> Value, TrackedEventKind[] Kinds)[] KindFields =
    [
        ("promisedBy", r => r.PromisedBy, [TrackedEventKind.Acknowledged, TrackedEventKind.PromiseRenewed]),
        ("recipient", r => r.Recipient, [TrackedEventKind.Forwarded, TrackedEventKind.ForwardConfirmed, TrackedEventKind.ForwardDeclined, TrackedEventKind.MarkedAsAdvertising]),
        ("forwarder", r => r.Forwarder, [TrackedEventKind.Forwarded]),
        ("diarienummer", r => r.Diarienummer, [TrackedEventKind.Registered]),
        ("reason", r => r.Reason, [TrackedEventKind.ForwardDeclined]),
        ("suggestedRecipient", r => r.SuggestedRecipient, [TrackedEventKind.ForwardDeclined]),
    ];

    /// <summary>Gets what happened: a <see cref="TrackedEventKind"/> name other than <c>arrived</c>.</summary>
    [Required]
    [Description("What happened: acknowledged and promiseRenewed (with promisedBy, DL-1, DL-3), answered, forwarded (with recipient and forwarder, RT-7, RT-8), forwardConfirmed, forwardDeclined (with reason, optionally suggestedRecipient) and markedAsAdvertising (with recipient, DL-6, RT-6), registered (with diarienummer), closed, sefosActivity (DL-4). Case-insensitive.")]
    [ApiEnum(typeof(TrackedEventKind), Except = ["arrived"])]
    public string? Kind { get; init; }

    /// <summary>Gets when it happened.</summary>
    [Required]
    [Description("When it happened, ISO 8601 with an offset; not before the item's latest event and not in the future.")]
    [ApiTimestamp]
    public string? At { get; init; }

    /// <summary>Gets the promised time of an acknowledgement or a renewed promise.</summary>
    [Description("The promised time of the final answer, for acknowledged and promiseRenewed (DL-3).")]
    [ApiTimestamp]
    public string? PromisedBy { get; init; }

    /// <summary>Gets the recipient of a forward, or the recipient answering it.</summary>
    [Description("For forwarded: who it is sent to. For forwardConfirmed, forwardDeclined and markedAsAdvertising: the recipient answering the forward.")]
    public string? Recipient { get; init; }

    /// <summary>Gets who forwarded, for a forward.</summary>
    [Description("For forwarded: who sent it on (a mailbox or person that has the item, RT-8).")]
    public string? Forwarder { get; init; }

    /// <summary>Gets the diarienummer, for a registration.</summary>
    [Description("For registered: the diarienummer.")]
    public string? Diarienummer { get; init; }

    /// <summary>Gets why the recipient is the wrong one, for a declined forward.</summary>
    [Description("For forwardDeclined: why the recipient is the wrong one.")]
    public string? Reason { get; init; }

    /// <summary>Gets who should get the item instead, for a declined forward.</summary>
    [Description("For forwardDeclined: who should get the item instead (optional).")]
    public string? SuggestedRecipient { get; init; }

    /// <summary>Names a field of a ledger problem as the API does: the ledger names the <see cref="ItemChange"/>'s members.</summary>
    /// <param name="problem">The ledger's problem.</param>
    /// <param name="kind">The event's kind.</param>
    /// <returns>The problem with its field as the API names it: <c>party</c> is <c>recipient</c>, <c>note</c> is
    /// <c>diarienummer</c> for <c>registered</c> and <c>reason</c> otherwise.</returns>
    public static ItemProblem InApiTerms(ItemProblem problem, TrackedEventKind kind)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Field switch
        {
            "party" => problem with { Field = "recipient" },
            "note" => problem with { Field = kind == TrackedEventKind.Registered ? "diarienummer" : "reason" },
            _ => problem,
        };
    }

    /// <summary>Reads the request into a change, listing every field that is missing, cannot be read or does not belong to the kind.</summary>
    /// <param name="problems">Receives the problems.</param>
    /// <returns>The change, or null when there were problems.</returns>
    public ItemChange? ToChange(ICollection<ItemProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        int before = problems.Count;

        bool isArrived = Kind is not null && ApiNames.TryRead(Kind, out TrackedEventKind named) && named == TrackedEventKind.Arrived;
        TrackedEventKind kind = default;
        if (isArrived)
        {
            problems.Add(ApiProblems.Problem("kind", ApiTexts.ArrivedIsNotAnEvent));
        }
        else
        {
            kind = ApiFields.Name(Kind, "kind", required: true, default(TrackedEventKind), problems, TrackedEventKind.Arrived);
        }

        Instant? at = ApiFields.Time(At, "at", required: true, problems);
        Instant? promisedBy = ApiFields.Time(PromisedBy, "promisedBy", required: false, problems);

        if (kind != default)
        {
            foreach (var (field, value, kinds) in KindFields)
            {
                if (value(this) is not null && !kinds.Contains(kind))
                {
                    problems.Add(ApiProblems.Problem(field, ApiTexts.NotForKind(ApiNames.Of(kind))));
                }
            }
        }

        return problems.Count > before || at is not { } when
            ? null
            : new ItemChange(
                kind,
                when,
                promisedBy,
                Party: ApiFields.Optional(Recipient),
                Forwarder: ApiFields.Optional(Forwarder),
                Note: ApiFields.Optional(kind == TrackedEventKind.Registered ? Diarienummer : Reason),
                SuggestedRecipient: ApiFields.Optional(SuggestedRecipient));
    }
}
