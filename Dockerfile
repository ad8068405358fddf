# syntax=docker/dockerfile:1

# ---- build: restore and publish the API ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1

# .dockerignore keeps tests, benchmarks, build output and local secrets out of the context.
COPY . .

RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish api/Headless.Api/Headless.Api.csproj \
        --configuration Release \
        --output /app/publish \
        -p:UseAppHost=false

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Database__SeedDataPath=/app/seed/data

COPY --from=build /app/publish ./
# The API seeds demo data and replays tweets from this data set, so it ships with the app.
COPY seed/data ./seed/data

# The app itself stays read-only; only /app/data is writable, for an embedded SQLite file
# when no server database is configured. APP_UID is the image's built-in unprivileged account.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID

EXPOSE 8080
ENTRYPOINT ["dotnet", "Headless.Api.dll"]
