namespace Headless.GraphQL.DataLoading;

/// <summary>Defaults shared by the data loaders.</summary>
public static class DataLoaderDefaults
{
    /// <summary>
    /// Keys per fetch. Kept well below the parameter limits of common databases (SQL Server
    /// accepts about 2,100 parameters per command) so an <c>IN (...)</c> query always fits.
    /// </summary>
    public const int MaxBatchSize = 500;
}
