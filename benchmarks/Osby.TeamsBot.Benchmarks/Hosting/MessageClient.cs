using System.Net;
using System.Net.Http.Headers;

namespace Osby.TeamsBot.Benchmarks.Hosting;

/// <summary>Posts activities to a bot's <c>/api/messages</c>, the way the Bot Framework channel does.</summary>
internal sealed class MessageClient : IDisposable
{
    private readonly HttpClient client;
    private readonly Uri messagesUrl;

    /// <summary>Initializes a new instance of the <see cref="MessageClient"/> class.</summary>
    /// <param name="messagesUrl">The bot's <c>/api/messages</c> URL.</param>
    public MessageClient(Uri messagesUrl)
    {
        this.messagesUrl = messagesUrl;
        client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Posts <paramref name="activity"/> and waits for the bot's response.</summary>
    /// <param name="activity">The activity's UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response status; the bot answers 200 once its turn, including the reply to the connector, is done.</returns>
    public async Task<HttpStatusCode> SendAsync(byte[] activity, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(activity);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync(messagesUrl, content, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Posts <paramref name="activity"/> and throws unless the bot answers 200.</summary>
    /// <param name="activity">The activity's UTF-8 JSON.</param>
    /// <returns>The response status, 200.</returns>
    /// <exception cref="HttpRequestException">The bot answered something else.</exception>
    public async Task<HttpStatusCode> SendExpectingOkAsync(byte[] activity)
    {
        var status = await SendAsync(activity);
        return status == HttpStatusCode.OK
            ? status
            : throw new HttpRequestException($"{messagesUrl} answered {(int)status}.", null, status);
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();
}
