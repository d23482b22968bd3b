# syntax=docker/dockerfile:1
# The dashboard image; docker-compose.yml also runs it as the standalone bridge simulator
# (Dashboard__Role=BridgeSimulator).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first so source edits reuse the package layer. The web project downloads the
# ASP.NET Core runtime pack it extracts blazor.web.js from (see TradingDashboard.csproj).
COPY TradingDashboard.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY TradingDashboard.Core/TradingDashboard.Core.csproj TradingDashboard.Core/
# package.json + package-lock.json: the chart library, fetched by `npm ci` during the build (Node from Debian).
COPY TradingDashboard/TradingDashboard.csproj TradingDashboard/package*.json TradingDashboard/
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
# CI (build/test.sh) is the zero-warning gate; a new advisory from NuGet's audit must not
# break an image build, so warnings stay warnings here.
RUN dotnet restore TradingDashboard/TradingDashboard.csproj -p:TreatWarningsAsErrors=false

COPY TradingDashboard.Core/ TradingDashboard.Core/
COPY TradingDashboard/ TradingDashboard/
RUN dotnet publish TradingDashboard/TradingDashboard.csproj -c Release -o /app --no-restore \
        -p:UseAppHost=false -p:TreatWarningsAsErrors=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Writable by the non-root user for the default SQLite database.
RUN mkdir -p /data && chown "$APP_UID" /data

COPY --from=build /app ./

ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Persistence__ConnectionString="Data Source=/data/tradingdashboard.db" \
    Security__MasterKeyFile=/data/tradingdashboard.key

# The images' built-in unprivileged user ("app").
USER $APP_UID
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["dotnet", "TradingDashboard.dll"]
