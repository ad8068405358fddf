using System.Text.Json.Nodes;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>A query that reads one private field of data arranged for it, and how to tell from its data whether the field was shown or hidden.</summary>
public sealed record PrivateProbe(string Query, object Variables, Func<JsonObject, Visibility> Read);
