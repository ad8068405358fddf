namespace Headless.Schema.Mutations;

/// <summary>Stops a mutation with a typed error; the runner rolls back and returns the error in the payload.</summary>
public sealed class MutationFailedException : Exception
{
    public MutationFailedException(UserError error)
        : base(error?.Message)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public MutationFailedException()
        : this(new ConflictError("The mutation failed."))
    {
    }

    public MutationFailedException(string message)
        : this(new ConflictError(message))
    {
    }

    public MutationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ConflictError(message);
    }

    public UserError Error { get; }
}
