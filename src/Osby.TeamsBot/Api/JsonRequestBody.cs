namespace Osby.TeamsBot.Api;

/// <summary>Endpoint metadata: the endpoint reads a JSON body of this type itself (<see cref="ApiBody"/>), for the OpenAPI document.</summary>
/// <remarks>
/// Used instead of <c>Accepts&lt;T&gt;("application/json")</c>: that metadata also makes routing answer a request of
/// another content type with a bare 415 before the endpoint runs, and the API answers every error with problem+json.
/// </remarks>
/// <param name="Type">The request record.</param>
internal sealed record JsonRequestBody(Type Type);
