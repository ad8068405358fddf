using GraphQL;
using Headless.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Schema.Common;

internal static class ResolveContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("Request services are not available.")).GetRequiredService<T>();

    public static Viewer Viewer(this IResolveFieldContext context) => context.Service<ViewerAccessor>().Viewer;

    public static DateTime Now(this IResolveFieldContext context) => context.Service<TimeProvider>().GetUtcNow().UtcDateTime;

    public static HeadlessDbContextFactory Contexts(this IResolveFieldContext context) => context.Service<HeadlessDbContextFactory>();

    /// <summary>A short-lived context restricted to what the viewer may see (defense in depth behind each resolver's own checks).</summary>
    public static HeadlessDbContext Db(this IResolveFieldContext context) => context.Contexts().CreateRestrictedTo(context.Viewer().MemberOfNgoIds);
}
