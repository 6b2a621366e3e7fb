using Fairwatch.Lawmakers;
using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Petitions;

/// <summary>
/// What staff hand to the target: the letter, the count, and the signers by state, with their
/// names, ZIP codes and comments but never their e-mail addresses. A plain page made for
/// printing; the browser's "print to PDF" makes the PDF.
/// </summary>
public sealed class DeliveryModel(PetitionService petitions) : PageModel
{
    public Petition Petition { get; private set; } = null!;

    /// <summary>States by name, signatures with no single state last.</summary>
    public IReadOnlyList<StateSigners> States { get; private set; } = [];

    public int Total => States.Sum(s => s.Signers.Count);

    public DateTime Today { get; } = DateTime.UtcNow;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var petition = await petitions.FindAsync(id);
        if (petition is null)
        {
            return NotFound();
        }

        Petition = petition;
        var byState = new Dictionary<string, List<PetitionSignature>>(StringComparer.Ordinal);
        await foreach (var signature in petitions.StreamSignaturesAsync(id))
        {
            var key = signature.State ?? "";
            if (!byState.TryGetValue(key, out var list))
            {
                byState[key] = list = [];
            }

            list.Add(signature);
        }

        States = [.. byState
            .Select(s => new StateSigners(s.Key.Length == 0 ? null : Jurisdictions.ByCode.GetValueOrDefault(s.Key)?.Name ?? s.Key, s.Value))
            .OrderBy(s => s.Name is null).ThenBy(s => s.Name, StringComparer.Ordinal)];
        return Page();
    }

    public sealed record StateSigners(string? Name, IReadOnlyList<PetitionSignature> Signers);
}
