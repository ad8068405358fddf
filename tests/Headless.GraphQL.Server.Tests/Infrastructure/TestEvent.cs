namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed record TestEvent(string Channel, string Text);
