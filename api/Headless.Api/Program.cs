using Headless.Api.Hosting;
using Headless.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddHeadlessData();
builder.AddHeadlessCors();
builder.AddHeadlessGraphQL();

var app = builder.Build();

app.MapHeadlessGraphQL();
app.MapHeadlessHealth();

app.Run();
