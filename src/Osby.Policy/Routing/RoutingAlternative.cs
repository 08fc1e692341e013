namespace Osby.Policy.Routing;

/// <summary>A possible recipient when the router is not sure, with how likely it is.</summary>
public sealed class RoutingAlternative
{
    internal RoutingAlternative(string address, string name, double confidence, string reason)
    {
        Address = address;
        Name = name;
        Confidence = confidence;
        Reason = reason;
    }

    /// <summary>Gets the mailbox address.</summary>
    public string Address { get; }

    /// <summary>Gets the mailbox name.</summary>
    public string Name { get; }

    /// <summary>Gets the confidence, 0–1; alternatives of one decision are ranked by it.</summary>
    public double Confidence { get; }

    /// <summary>Gets why it is a candidate, in Swedish (the words that matched).</summary>
    public string Reason { get; }

    /// <summary>Returns e.g. "Bygglov &lt;bygglov@osby.se&gt; 62 %".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} <{Address}> {Confidence:P0}");
}
