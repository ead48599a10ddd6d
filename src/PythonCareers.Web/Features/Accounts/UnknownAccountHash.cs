namespace PythonCareers.Web.Features.Accounts;

/// <summary>The hash of a random password, made once with the site's own hasher: sign-ins for unknown emails are checked against it.</summary>
public sealed record UnknownAccountHash(string Hash);
