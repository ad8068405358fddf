namespace Headless.Schema.Campaigns.Updates;

public sealed class DeleteUpdateInputType : UpdateTargetInputType
{
    public DeleteUpdateInputType()
        : base("DeleteUpdateInput")
    {
    }
}
