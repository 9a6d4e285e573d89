using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AidTracker.RateUpdates.Tests.TestServer;

/// <summary>
/// A stand-in for the publishers: Kestrel on 127.0.0.1 (a free port), inside the test, answering each path with a
/// handler the test gives, and counting the requests per path. Nothing in the tests reaches the internet.
/// </summary>
internal sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    private FixtureServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FixtureServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var server = new FixtureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.Single()
            .TrimEnd('/');
        return server;
    }

    /// <summary>Answers <paramref name="path"/> with <paramref name="handler"/>, which is told how many requests came
    /// before (0 for the first).</summary>
    public string Map(string path, Func<HttpContext, int, Task> handler)
    {
        _routes[path] = handler;
        return BaseUrl + path;
    }

    public string MapBytes(string path, byte[] body, string contentType = "application/octet-stream") =>
        Map(path, (context, _) => Send(context, body, contentType));

    public string MapStatus(string path, int status) => Map(path, (context, _) =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

    public int Requests(string path) => _requests.TryGetValue(path, out int count) ? count : 0;

    public int TotalRequests => _requests.Values.Sum();

    public static Task Send(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        string key = path + context.Request.QueryString.Value;
        Func<HttpContext, int, Task>? handler =
            _routes.TryGetValue(key, out var exact) ? exact
            : _routes.TryGetValue(path, out var byPath) ? byPath
            : null;
        int before = _requests.AddOrUpdate(key, 1, (_, n) => n + 1) - 1;
        if (handler is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return handler(context, before);
    }
}
