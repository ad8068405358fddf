namespace Headless.GraphQL.Server.Tests.Validation;

/// <summary>A schema-loading query as deep as the one GraphiQL sends (nine levels of ofType).</summary>
internal static class IntrospectionQuery
{
    private const string TypeRef =
        "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { " +
        "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }";

    public const string Full =
        "query Introspection { __schema { queryType { name } mutationType { name } subscriptionType { name } " +
        "types { ...FullType } directives { name description locations args { ...InputValue } } } } " +
        "fragment FullType on __Type { kind name description " +
        "fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } " +
        "inputFields { ...InputValue } interfaces { ...TypeRef } " +
        "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } " +
        "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } " +
        "fragment TypeRef on __Type { " + TypeRef + " }";
}
