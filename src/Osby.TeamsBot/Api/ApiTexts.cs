using System.Globalization;

namespace Osby.TeamsBot.Api;

/// <summary>The item API's own texts for problem responses, in Swedish and English (plain language, no jargon).</summary>
internal static class ApiTexts
{
    /// <summary>Title of a 400 response.</summary>
    public static readonly ApiText InvalidTitle = new("Begäran är felaktig", "The request is invalid");

    /// <summary>Detail of a 400 response with field errors.</summary>
    public static readonly ApiText InvalidDetail = new(
        "Rätta fälten under errors och skicka igen. Inget har sparats.",
        "Correct the fields listed under errors and send again. Nothing was stored.");

    /// <summary>Title of a 401 response.</summary>
    public static readonly ApiText UnauthorizedTitle = new("API-nyckel saknas eller är fel", "Missing or wrong API key");

    /// <summary>Detail of a 401 response without a key.</summary>
    public static readonly ApiText MissingKey = new(
        "Skicka ert systems API-nyckel i huvudet X-Api-Key.",
        "Send your system's API key in the X-Api-Key header.");

    /// <summary>Detail of a 401 response with a key that matches no configured system.</summary>
    public static readonly ApiText WrongKey = new(
        "API-nyckeln i huvudet X-Api-Key gäller inte. Kontrollera nyckeln eller be förvaltningen av boten om en ny.",
        "The API key in the X-Api-Key header is not valid. Check the key or ask the bot's administrators for a new one.");

    /// <summary>Title of a 403 response.</summary>
    public static readonly ApiText ForbiddenTitle = new("Åtgärden är inte tillåten", "The action is not allowed");

    /// <summary>Detail of a 403 response from the authorization policy.</summary>
    public static readonly ApiText ForbiddenDetail = new(
        "Ert system har inte rätt att använda ärende-API:t.",
        "Your system may not use the item API.");

    /// <summary>Title of a 404 response.</summary>
    public static readonly ApiText NotFoundTitle = new("Ärendet finns inte", "The item does not exist");

    /// <summary>Title of a 409 response.</summary>
    public static readonly ApiText ConflictTitle = new("En regel stoppade ändringen", "A rule refused the change");

    /// <summary>Title of a 413 response.</summary>
    public static readonly ApiText TooLargeTitle = new("Begäran är för stor", "The request body is too large");

    /// <summary>Title of a 415 response.</summary>
    public static readonly ApiText UnsupportedMediaTypeTitle = new("Innehållet är inte JSON", "The body is not JSON");

    /// <summary>Detail of a 415 response.</summary>
    public static readonly ApiText UnsupportedMediaTypeDetail = new(
        "Skicka innehållet som JSON med huvudet Content-Type: application/json.",
        "Send the body as JSON with the header Content-Type: application/json.");

    /// <summary>Title of a 500 response.</summary>
    public static readonly ApiText ServerErrorTitle = new("Något gick fel hos boten", "Something went wrong in the bot");

    /// <summary>Detail of a 500 response.</summary>
    public static readonly ApiText ServerErrorDetail = new(
        "Ändringen kunde inte slutföras. Försök igen om en stund; kvarstår felet, kontakta förvaltningen av boten och ange traceId.",
        "The change could not be completed. Try again in a while; if it persists, contact the bot's administrators with the traceId.");

    /// <summary>Field error: a required field is missing or blank.</summary>
    public static readonly ApiText Required = new("Fältet måste fyllas i.", "The field is required.");

    /// <summary>Field error: a property the API does not know.</summary>
    public static readonly ApiText UnknownField = new(
        "Fältet finns inte i API:t. Kontrollera stavningen; inget har sparats.",
        "The API has no such field. Check the spelling; nothing was stored.");

    /// <summary>Field error: a value of the wrong JSON type where text was expected.</summary>
    public static readonly ApiText ExpectedText = new("Värdet ska vara en text inom citattecken.", "The value must be a string.");

    /// <summary>Field error: a value of the wrong JSON type where a whole number was expected.</summary>
    public static readonly ApiText ExpectedWholeNumber = new("Värdet ska vara ett heltal.", "The value must be a whole number.");

    /// <summary>Field error: a value of the wrong JSON type.</summary>
    public static readonly ApiText WrongType = new("Värdet har fel typ.", "The value has the wrong type.");

    /// <summary>Field error: the body is not a JSON object.</summary>
    public static readonly ApiText ExpectedObject = new(
        "Innehållet ska vara ett JSON-objekt, t.ex. { \"kind\": \"answered\", \"at\": \"…\" }.",
        "The body must be a JSON object, e.g. { \"kind\": \"answered\", \"at\": \"…\" }.");

    /// <summary>Field error: the body is empty.</summary>
    public static readonly ApiText EmptyBody = new("Innehållet är tomt; skicka ett JSON-objekt.", "The body is empty; send a JSON object.");

    /// <summary>Field error: a time without an offset or not in ISO-8601.</summary>
    public static readonly ApiText NeedsOffset = new(
        "Ange tiden enligt ISO 8601 med tidszon, t.ex. 2026-11-27T15:40:00+01:00 (svensk vintertid) eller 2026-11-27T14:40:00Z.",
        "Give the time in ISO 8601 with an offset, e.g. 2026-11-27T15:40:00+01:00 (Swedish winter time) or 2026-11-27T14:40:00Z.");

    /// <summary>Field error: <c>arrived</c> as an event kind.</summary>
    public static readonly ApiText ArrivedIsNotAnEvent = new(
        "Ankomsten registreras med POST /api/items, inte som en händelse.",
        "The arrival is registered with POST /api/items, not as an event.");

    /// <summary>Field error: the route's id is not an item number.</summary>
    public static readonly ApiText IdNotANumber = new(
        "Ärendenumret ska vara ett positivt heltal, t.ex. /api/items/42.",
        "The item id must be a positive whole number, e.g. /api/items/42.");

    /// <summary>Detail of a 404 response.</summary>
    /// <param name="id">The item id asked for.</param>
    /// <returns>The text.</returns>
    public static ApiText NoSuchItem(long id) => new(
        string.Create(CultureInfo.InvariantCulture, $"Det finns inget ärende med nummer {id}."),
        string.Create(CultureInfo.InvariantCulture, $"There is no item with id {id}."));

    /// <summary>Detail of a 413 response.</summary>
    /// <param name="limit">The largest body accepted, in bytes.</param>
    /// <returns>The text.</returns>
    public static ApiText BodyTooLarge(int limit) => new(
        string.Create(CultureInfo.InvariantCulture, $"Innehållet får vara högst {limit / 1024} kB."),
        string.Create(CultureInfo.InvariantCulture, $"The body may be at most {limit / 1024} KiB."));

    /// <summary>Field error: the body is not valid JSON.</summary>
    /// <param name="line">The line of the error, from 1.</param>
    /// <param name="position">The byte position in the line, from 1.</param>
    /// <returns>The text.</returns>
    public static ApiText MalformedJson(long line, long position) => new(
        string.Create(CultureInfo.InvariantCulture, $"Innehållet är inte giltig JSON (fel på rad {line}, tecken {position}). Kontrollera citattecken, kommatecken och klamrar."),
        string.Create(CultureInfo.InvariantCulture, $"The body is not valid JSON (error at line {line}, position {position}). Check quotes, commas and braces."));

    /// <summary>Field error: a name that is not one of the allowed values.</summary>
    /// <param name="value">The value given.</param>
    /// <param name="allowed">The allowed names.</param>
    /// <returns>The text.</returns>
    public static ApiText UnknownName(string value, IEnumerable<string> allowed)
    {
        string list = string.Join(", ", allowed);
        return new($"Okänt värde \"{value}\". Tillåtna värden: {list}.", $"Unknown value \"{value}\". Allowed values: {list}.");
    }

    /// <summary>Field error: a field that does not belong to the event kind.</summary>
    /// <param name="kind">The event kind, as the API names it.</param>
    /// <returns>The text.</returns>
    public static ApiText NotForKind(string kind) => new(
        $"Fältet hör inte till händelsen \"{kind}\". Ta bort det eller välj rätt händelse; inget har sparats.",
        $"The field does not belong to the event \"{kind}\". Remove it or choose the right kind; nothing was stored.");
}
