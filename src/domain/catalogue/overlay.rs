//! The changes an imported catalogue package made on this device: designs added, changed and withdrawn
//! on top of the shipped catalogue, so that a kiosk is updated at the stand without a rebuild. Kept
//! apart from the shipped files, so that "back to the shipped catalogue" is always possible and a newer
//! shipped catalogue still arrives underneath.

use serde::{Deserialize, Serialize};

use super::loader::{design_problems, trend_problems};
use super::model::{Catalogue, Design, Photo, TrendReference};

/// One change, in the order it was made: `remove` takes a design out (a withdrawal, or the old
/// version of an edit whose id changed), `put` adds a design or replaces the one with its id,
/// `trend_photos` gives a trend reference its photos.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OverlayChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub put: Option<Design>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trend_photos: Option<TrendPhotos>,
}

/// A trend reference's photos as a package has them. Only the photos: the trend's text and sources
/// stay the shipped catalogue's, so a newer shipped text still arrives underneath.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrendPhotos {
    pub trend: String,
    pub photos: Vec<Photo>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Overlay {
    /// When each package applied here was made (ISO dates), oldest first.
    #[serde(default)]
    pub packages: Vec<String>,
    #[serde(default)]
    pub changes: Vec<OverlayChange>,
}

impl Overlay {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// This overlay with a later package's changes after its own: applying it is applying one, then
    /// the other.
    pub fn then(mut self, later: Overlay) -> Overlay {
        self.packages.extend(later.packages);
        self.changes.extend(later.changes);
        self
    }

    /// The catalogue with these changes made, and how many were skipped because the catalogue
    /// underneath no longer allows them (a workshop or motif they name has gone). Applying twice
    /// gives the same catalogue as once.
    pub fn apply(&self, c: &Catalogue) -> (Catalogue, usize) {
        let mut out = c.clone();
        let mut skipped = 0;
        for change in &self.changes {
            if let Some(tp) = &change.trend_photos {
                match with_photos(&out, tp) {
                    Some((i, trend)) => out.trends[i] = trend,
                    None => skipped += 1,
                }
            }
            let mut at = None;
            if let Some(id) = &change.remove
                && let Some(i) = out.designs.iter().position(|d| &d.id == id)
            {
                out.designs.remove(i);
                at = Some(i);
            }
            let Some(design) = &change.put else {
                continue;
            };
            // A design with its id already here replaces it, so no id counts as taken.
            if !design_problems(design, &out, |_| false).is_empty() {
                skipped += 1;
                continue;
            }
            let own = out.designs.iter().position(|d| d.id == design.id);
            match (own, at) {
                (Some(i), _) => out.designs[i] = design.clone(),
                (None, Some(i)) => out.designs.insert(i, design.clone()),
                (None, None) => out.designs.push(design.clone()),
            }
        }
        (out, skipped)
    }
}

/// The trend `tp` names, at its place, with `tp`'s photos; none if the catalogue no longer has it or
/// the photos fail the loader's rules there.
fn with_photos(c: &Catalogue, tp: &TrendPhotos) -> Option<(usize, TrendReference)> {
    let i = c.trends.iter().position(|t| t.id == tp.trend)?;
    let trend = TrendReference {
        photos: tp.photos.clone(),
        ..c.trends[i].clone()
    };
    trend_problems(&trend, c).is_empty().then_some((i, trend))
}
