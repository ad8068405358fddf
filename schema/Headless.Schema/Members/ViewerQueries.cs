using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Members;

internal static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is asking, and with which roles; front ends use it to show what the caller may do.")
            .Resolve(c => c.Viewer());
}
