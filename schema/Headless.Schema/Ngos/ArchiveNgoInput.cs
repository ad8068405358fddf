namespace Headless.Schema.Ngos;

public sealed record ArchiveNgoInput(string NgoId);
