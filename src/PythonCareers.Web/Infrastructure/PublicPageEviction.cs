using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Evicts the public pages a write changes, once it is committed: an interceptor on every AppDbContext, so no write can
/// forget it. A save outside a transaction evicts when it returns; a save inside one, when the transaction commits (and
/// not at all when it rolls back). What a write changes is read from the entities it saved: a posting that is or was
/// public evicts the pages showing postings, accounts, audit entries, comments, mail and never-public postings evict nothing,
/// and everything else is editors' content, shown on every page. Writes that bypass the change tracker
/// (ExecuteUpdate) call <see cref="EvictAsync"/> themselves.
/// </summary>
public sealed class PublicPageEviction(IOutputCacheStore store, IOptions<PublicPageCacheOptions> options, IHostApplicationLifetime lifetime)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    /// <summary>Evicts the pages with these tags now and once more a little later (see <see cref="PublicPageCacheOptions.EvictAgainAfterSeconds"/>).</summary>
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        if (options.Value.EvictAgainAfterSeconds > 0)
        {
            _ = EvictAgainAsync(tags);
        }
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await FlushAsync(eventData.Context, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            FlushAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, cancellationToken);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    /// <summary>The tags of the pages that show what this entry changes.</summary>
    private static string? TagOf(EntityEntry entry) => entry.Entity switch
    {
        JobPosting => WasOrIsPublic(entry) ? PublicPages.PostingsTag : null,
        Company => PublicPages.PostingsTag,
        CareerUser or AuditEntry or PostingComment or OutgoingMail => null,
        _ when entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true => null,
        _ => PublicPages.ContentTag,
    };

    private static bool WasOrIsPublic(EntityEntry entry)
    {
        var published = entry.Property(nameof(JobPosting.PublishedAt));
        return published.CurrentValue is not null || (entry.State != EntityState.Added && published.OriginalValue is not null);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tags = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(TagOf)
            .OfType<string>();
        pending.GetOrCreateValue(context).UnionWith(tags);
    }

    private async Task FlushAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !pending.TryGetValue(context, out var tags) || tags.Count == 0)
        {
            return;
        }

        string[] evicted = [.. tags];
        tags.Clear();
        await EvictAsync(evicted, cancellationToken);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var tags))
        {
            tags.Clear();
        }
    }

    private async Task EvictAgainAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.Value.EvictAgainAfterSeconds), lifetime.ApplicationStopping);
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, lifetime.ApplicationStopping);
            }
        }
        catch (OperationCanceledException)
        {
            // The site is stopping: its cache entries expire on their own, and a shared store is evicted by the next write.
        }
    }
}
