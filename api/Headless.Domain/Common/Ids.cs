namespace Headless.Domain.Common;

/// <summary>Version 7 GUIDs: time-ordered, so inserts stay local in B-tree indexes.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
