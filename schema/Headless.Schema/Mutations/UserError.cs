namespace Headless.Schema.Mutations;

/// <summary>A typed error a mutation returns in its payload instead of throwing.</summary>
public abstract record UserError(string Message, string Code);

/// <summary>An input broke a rule; <see cref="Path"/> points at the field, from the argument (e.g. input, goal, amount).</summary>
public sealed record ValidationError(string Message, string Code, IReadOnlyList<string> Path) : UserError(Message, Code);

public sealed record NotFoundError(string Message) : UserError(Message, "NOT_FOUND");

public sealed record ConflictError(string Message, string Code = "CONFLICT") : UserError(Message, Code);

public sealed record ForbiddenError(string Message) : UserError(Message, "FORBIDDEN");
