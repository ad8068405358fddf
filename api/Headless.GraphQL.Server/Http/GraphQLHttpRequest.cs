using GraphQL;

namespace Headless.GraphQL.Server.Http;

/// <summary>One GraphQL request as carried by an HTTP GET query string or a JSON body.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
