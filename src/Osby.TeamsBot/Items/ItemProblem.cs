namespace Osby.TeamsBot.Items;

/// <summary>A problem with one field of a request, in Swedish for staff and in English for API callers.</summary>
/// <param name="Field">The field: a JSON property name of the API, which is also the card input's id.</param>
/// <param name="Swedish">What is wrong and how to fix it, in Swedish.</param>
/// <param name="English">The same in English.</param>
internal sealed record ItemProblem(string Field, string Swedish, string English);
