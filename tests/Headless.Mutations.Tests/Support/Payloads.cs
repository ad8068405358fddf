using System.Text.Json.Nodes;

namespace Headless.Mutations.Tests.Support;

/// <summary>Reads mutation payloads: the result on success, the one typed error on failure.</summary>
public static class Payloads
{
    /// <summary>The payload's result field, after asserting there were no errors.</summary>
    public static JsonObject Succeeded(this JsonObject data, string mutation, string resultField)
    {
        ArgumentNullException.ThrowIfNull(data);
        var payload = data[mutation]!.AsObject();
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Unexpected errors: {payload["errors"]}");
        return payload[resultField]!.AsObject();
    }

    /// <summary>The payload's single error, after asserting its code, its field (when expected) and the absent result.</summary>
    public static JsonObject Failed(this JsonObject data, string mutation, string resultField, string code, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var payload = data[mutation]!.AsObject();
        Assert.Null(payload[resultField]);
        var error = Assert.Single(payload["errors"]!.AsArray())!.AsObject();
        Assert.Equal(code, error["code"]!.GetValue<string>());
        if (field is not null)
        {
            Assert.Equal(field, error["field"]?.GetValue<string>());
        }

        return error;
    }

    public static string Text(this JsonNode? node, string property) => node![property]!.GetValue<string>();
}
