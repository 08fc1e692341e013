using System.Collections.Immutable;

namespace Osby.Policy.Routing;

/// <summary>A message that has reached the municipality, as the router sees it (rules RT-1 … RT-16).</summary>
/// <remarks>
/// Addresses are kept as given (trimmed); compare them case-insensitively. Header names are case-insensitive.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class InboundMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="from">The sender's address or name, e.g. "anna.andersson@example.se".</param>
    /// <param name="to">The addresses it was sent to; at least one for e-mail channels.</param>
    /// <param name="subject">The subject line; may be empty.</param>
    /// <param name="body">The body as plain text; may be empty.</param>
    /// <param name="channel">How it came in.</param>
    /// <param name="cc">The copy addresses, if any.</param>
    /// <param name="headers">Relevant headers such as List-Unsubscribe, Precedence, Auto-Submitted; names case-insensitive.</param>
    /// <param name="informationValue">The information value on the SEFOS routine's four-level scale (0–3), when known (RT-14).</param>
    /// <param name="arrivedIn">The mailbox it arrived in, when known (e.g. "kommun@osby.se").</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> is empty, or an address is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined, or <paramref name="informationValue"/> is outside 0–3.</exception>
    public InboundMessage(
        string from,
        IEnumerable<string> to,
        string subject,
        string body,
        Channel channel,
        IEnumerable<string>? cc = null,
        IReadOnlyDictionary<string, string>? headers = null,
        int? informationValue = null,
        string? arrivedIn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");
        }

        if (informationValue is < 0 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(informationValue), informationValue, "The information value is 0–3 on the SEFOS routine's four-level scale.");
        }

        From = from.Trim();
        To = Addresses(to, nameof(to));
        Cc = Addresses(cc ?? [], nameof(cc));
        Subject = subject;
        Body = body;
        Channel = channel;
        Headers = (headers ?? ImmutableDictionary<string, string>.Empty)
            .ToImmutableDictionary(h => h.Key.Trim(), h => h.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        InformationValue = informationValue;
        ArrivedIn = string.IsNullOrWhiteSpace(arrivedIn) ? null : arrivedIn.Trim();
    }

    /// <summary>Gets the sender.</summary>
    public string From { get; }

    /// <summary>Gets the addresses it was sent to.</summary>
    public IReadOnlyList<string> To { get; }

    /// <summary>Gets the copy addresses.</summary>
    public IReadOnlyList<string> Cc { get; }

    /// <summary>Gets the subject line.</summary>
    public string Subject { get; }

    /// <summary>Gets the body as plain text.</summary>
    public string Body { get; }

    /// <summary>Gets how it came in.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the relevant headers; look-ups ignore case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the information value (0–3) when known.</summary>
    public int? InformationValue { get; }

    /// <summary>Gets the mailbox it arrived in, when known.</summary>
    public string? ArrivedIn { get; }

    private static ImmutableArray<string> Addresses(IEnumerable<string> addresses, string paramName)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        foreach (string address in addresses)
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                throw new ArgumentException("An address is empty.", paramName);
            }

            list.Add(address.Trim());
        }

        return list.ToImmutable();
    }
}
