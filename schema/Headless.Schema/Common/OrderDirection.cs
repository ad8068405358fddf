namespace Headless.Schema.Common;

public enum OrderDirection
{
    Asc,
    Desc,
}
