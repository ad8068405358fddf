namespace Headless.Schema.Campaigns.Updates;

public sealed class PublishUpdateInputType : UpdateTargetInputType
{
    public PublishUpdateInputType()
        : base("PublishUpdateInput")
    {
    }
}
