namespace Osby.Policy.Routing;

/// <summary>What became of an operation on a <see cref="ForwardChain"/>.</summary>
/// <remarks>The value 0 is not a valid status.</remarks>
public enum ForwardChainStatus
{
    /// <summary>The operation was recorded; <see cref="ForwardChainResult.Chain"/> is the new chain.</summary>
    Applied = 1,

    /// <summary>Exactly this had already been recorded (a confirmation clicked twice, a handläggare appointed twice); the chain is unchanged.</summary>
    AlreadyRecorded = 2,

    /// <summary>The operation breaks a rule and was not recorded; the chain is unchanged and <see cref="ForwardChainResult.Message"/> says why.</summary>
    Refused = 3,
}
