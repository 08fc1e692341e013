namespace Osby.TeamsBot.Api;

/// <summary>A text of the item API in Swedish and English.</summary>
/// <param name="Swedish">The Swedish text, the default.</param>
/// <param name="English">The English text.</param>
internal readonly record struct ApiText(string Swedish, string English)
{
    /// <summary>Returns the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string In(ApiLanguage language) => language == ApiLanguage.English ? English : Swedish;
}
