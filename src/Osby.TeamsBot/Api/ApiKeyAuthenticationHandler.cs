using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Osby.TeamsBot.Api;

/// <summary>Authenticates a calling system by its API key in the <c>X-Api-Key</c> header.</summary>
/// <remarks>
/// No header: no result (the authorization policy then challenges). A key that matches a configured system: that system,
/// as the principal's name. Anything else fails. The challenge is a 401 problem response with
/// <c>WWW-Authenticate: ApiKey</c>, in the caller's language.
/// </remarks>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name, also the <c>WWW-Authenticate</c> challenge.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string? system = values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? keys.FindSystem(values[0]!) : null;
        if (system is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key matches no configured system."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, system)], SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = SchemeName;
        ApiText detail = Request.Headers.ContainsKey(Header) ? ApiTexts.WrongKey : ApiTexts.MissingKey;
        return ApiProblems.Create(Context, StatusCodes.Status401Unauthorized, ApiTexts.UnauthorizedTitle, detail).ExecuteAsync(Context);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Create(Context, StatusCodes.Status403Forbidden, ApiTexts.ForbiddenTitle, ApiTexts.ForbiddenDetail).ExecuteAsync(Context);
}
