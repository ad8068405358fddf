namespace Headless.Schema.Common;

/// <summary>The viewer of the current request (scoped); anonymous unless authentication set it.</summary>
public sealed class ViewerAccessor
{
    public Viewer Viewer { get; set; } = Viewer.Anonymous;
}
