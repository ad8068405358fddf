namespace Headless.Twitter.Payloads;

/// <summary>One classified line of the filtered stream; <see cref="Message"/> is set for tweets and errors.</summary>
public readonly record struct XStreamLine(XStreamLineKind Kind, XStreamMessage? Message);
