using Microsoft.Net.Http.Headers;

namespace Osby.TeamsBot.Api;

/// <summary>The language of the item API's problem texts: Swedish unless the caller prefers English.</summary>
internal enum ApiLanguage
{
    /// <summary>Swedish, the default.</summary>
    Swedish = 0,

    /// <summary>English, when the request's <c>Accept-Language</c> prefers it over Swedish.</summary>
    English = 1,
}

/// <summary>Chooses the <see cref="ApiLanguage"/> of a request from its <c>Accept-Language</c> header.</summary>
internal static class ApiLanguages
{
    /// <summary>
    /// Returns English when the most preferred language the API speaks is English (<c>en</c>, <c>en-GB</c>…), otherwise Swedish.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The language to answer in.</returns>
    /// <remarks>
    /// Languages are taken by quality (<c>q</c>), then in the order given; <c>q=0</c> means "not this one". A header that
    /// names neither Swedish nor English, a wildcard first, or no header at all gives Swedish.
    /// </remarks>
    public static ApiLanguage Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out IList<StringWithQualityHeaderValue>? ranges))
        {
            return ApiLanguage.Swedish;
        }

        foreach (StringWithQualityHeaderValue range in ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1))
        {
            string tag = range.Value.Value ?? string.Empty;
            string primary = tag.Split('-', 2)[0];
            if (string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase))
            {
                return ApiLanguage.English;
            }

            if (string.Equals(primary, "sv", StringComparison.OrdinalIgnoreCase) || tag == "*")
            {
                return ApiLanguage.Swedish;
            }
        }

        return ApiLanguage.Swedish;
    }

    /// <summary>The language's tag for the <c>Content-Language</c> header.</summary>
    /// <param name="language">The language.</param>
    /// <returns><c>sv</c> or <c>en</c>.</returns>
    public static string Tag(this ApiLanguage language) => language == ApiLanguage.English ? "en" : "sv";
}
