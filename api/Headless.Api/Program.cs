using Headless.Api.Auth;
using Headless.Api.Hosting;
using Headless.Api.RateLimiting;
using Headless.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddHeadlessData();
builder.AddHeadlessCors();
builder.AddHeadlessAuth();
builder.AddHeadlessRateLimiting();
builder.AddHeadlessGraphQL();
builder.AddHeadlessIngestion();

var app = builder.Build();

app.MapHeadlessAuth();
app.MapHeadlessGraphQL();
app.MapHeadlessHealth();

app.Run();
