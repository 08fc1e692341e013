using Osby.Policy.Routing;

namespace Osby.TeamsBot.Answers;

/// <summary>The card to register an item by hand (a call, a voicemail, a social-media message …), prefilled, with problems per field.</summary>
/// <param name="Prompt">A Swedish line above the fields, or null for the card's standard one.</param>
/// <param name="Values">The values to prefill, by input id (the <c>Cards.CardInputs</c> constants); missing ids are left empty.</param>
/// <param name="Problems">Per-field problems to show under their fields; empty when the form is shown fresh.</param>
/// <param name="Mailboxes">The function mailboxes to choose the first receiver from; the active ones are offered, in this order.</param>
internal sealed record RegisterFormView(
    string? Prompt,
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyList<InputProblem> Problems,
    IReadOnlyList<FunctionMailbox> Mailboxes);
