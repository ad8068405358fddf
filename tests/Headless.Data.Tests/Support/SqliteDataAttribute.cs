using System.Reflection;
using Headless.Data.Providers;
using Xunit.Sdk;

namespace Headless.Data.Tests.Support;

/// <summary>The SQLite case of a provider theory; SQLite is embedded, so it always runs.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
