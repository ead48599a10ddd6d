using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: CollectionBehavior("PythonCareers.Web.Tests.Infrastructure.SiteShards", "PythonCareers.Web.Tests")]

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>
/// Puts the <see cref="SiteTest"/> classes into two collections, each with a site and a database of its own, so that the
/// two halves run side by side while the tests within a half still run one at a time on a freshly reset database. Classes
/// are dealt out alternately in name order, so a new test class needs nothing to join. Every other class keeps xunit's
/// default: a collection of its own, or the one its [Collection] names.
/// </summary>
public sealed class SiteShards : IXunitTestCollectionFactory
{
    private readonly CollectionPerClassTestCollectionFactory others;
    private readonly Dictionary<string, ITestCollection> siteTests;

    public SiteShards(ITestAssembly testAssembly, IMessageSink diagnosticMessageSink)
    {
        others = new CollectionPerClassTestCollectionFactory(testAssembly, diagnosticMessageSink);
        ITestCollection[] shards =
        [
            new TestCollection(testAssembly, Reflector.Wrap(typeof(SiteTestGroup)), SiteTestGroup.Name),
            new TestCollection(testAssembly, Reflector.Wrap(typeof(SecondSiteTestGroup)), SecondSiteTestGroup.Name),
        ];
        siteTests = typeof(SiteTest).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(SiteTest)) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select((type, index) => (type.FullName!, shards[index % shards.Length]))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);
    }

    public string DisplayName => "site tests in two collections, other classes as xunit places them";

    public ITestCollection Get(ITypeInfo testClass)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        return siteTests.TryGetValue(testClass.Name, out var shard) ? shard : others.Get(testClass);
    }
}
