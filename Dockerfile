# The site, built from source. docker-compose.yml runs it beside PostgreSQL.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PythonCareers.Core/PythonCareers.Core.csproj src/PythonCareers.Core/
COPY src/PythonCareers.Web/PythonCareers.Web.csproj src/PythonCareers.Web/
RUN dotnet restore src/PythonCareers.Web/PythonCareers.Web.csproj
COPY src/ src/
RUN dotnet publish src/PythonCareers.Web/PythonCareers.Web.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "PythonCareers.Web.dll"]
