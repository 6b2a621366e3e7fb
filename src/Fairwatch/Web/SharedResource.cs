#pragma warning disable IDE0130 // The resource lookup uses the type's name under the root namespace: Resources/SharedResource.es.resx.
namespace Fairwatch;
#pragma warning restore IDE0130

/// <summary>
/// The one resource for UI strings. Keys are the English text, so English needs no file and a
/// missing Spanish entry shows English rather than a key; a test checks that every key used in
/// the code has a Spanish entry.
/// </summary>
public sealed class SharedResource;
