namespace Headless.Twitter.Tests.Fakes;

public enum StreamStepKind
{
    Line,
    KeepAlive,
    Stall,
    DropMidLine,
    End,
    Status,
    WaitFor,
}
