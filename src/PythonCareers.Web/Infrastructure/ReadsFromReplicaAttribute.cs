namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Marks a controller or action whose GET and HEAD requests may read from the read replica when nobody is signed in
/// (see <see cref="ReadReplica"/>). Only pages that write nothing and need not see a write the same visitor just made
/// carry it: a replica can be a moment behind the primary.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class ReadsFromReplicaAttribute : Attribute;
