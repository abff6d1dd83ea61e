//! The photos of a trend reference as a maker is adding them in the studio. The studio changes a trend's
//! photos and nothing else of it: its text and its sources are the curators' (`trends.json`). Each photo
//! is somebody else's work, so it is published only with its source and its licence.

use serde::{Deserialize, Serialize};

use super::draft::DraftProblem;
use super::package::fingerprint;
use crate::domain::catalogue::loader::trend_problems;
use crate::domain::{Catalogue, LoadError, Photo, Problem, TrendReference};

/// A trend reference's photos being written on this device. Stored as JSON in IndexedDB; fields another
/// version does not know read as empty, never as a failure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrendDraft {
    /// The draft's own key on this device (a UUID), shared with the photo queue.
    pub uid: String,
    /// The trend reference whose photos these are.
    pub trend: String,
    /// When it was last changed (ms since the epoch), for ordering the list.
    pub updated_ms: u64,
    /// Its photos as they will be, the first the cover; credits as typed.
    pub photos: Vec<Photo>,
    /// The fingerprint of the trend's photos when the draft began: a package made from it says what it
    /// started from, so that a device whose photos of the trend changed since sees a conflict.
    pub base: String,
}

impl TrendDraft {
    /// A draft of `trend`'s photos, starting from those it has.
    pub fn new(uid: String, trend: &TrendReference) -> Self {
        TrendDraft {
            uid,
            trend: trend.id.clone(),
            updated_ms: 0,
            photos: trend.photos.clone(),
            base: fingerprint(&trend.photos),
        }
    }

    /// Whether the trend's photos in `c` changed since the draft began (another package was applied
    /// meanwhile): publishing the draft would replace them.
    pub fn moved_on(&self, c: &Catalogue) -> bool {
        c.trend(&self.trend)
            .is_some_and(|t| fingerprint(&t.photos) != self.base)
    }

    /// The trend reference with these photos, or every problem with them, each named by its field
    /// (`photos[0].credit.licence`) as the loader names it.
    pub fn check(&self, c: &Catalogue) -> Result<TrendReference, Vec<DraftProblem>> {
        let Some(trend) = c.trend(&self.trend) else {
            return Err(vec![DraftProblem {
                field: "trend".into(),
                problem: Problem::UnknownValue {
                    value: self.trend.clone(),
                },
            }]);
        };
        let mut photos = self.photos.clone();
        for credit in photos.iter_mut().filter_map(|p| p.credit.as_mut()) {
            credit.source = credit.source.trim().to_owned();
            credit.licence = credit.licence.trim().to_owned();
        }
        let trend = TrendReference {
            photos,
            ..trend.clone()
        };
        let problems: Vec<DraftProblem> = trend_problems(&trend, c)
            .into_iter()
            .map(|LoadError { field, problem, .. }| DraftProblem {
                field: field.unwrap_or_default(),
                problem,
            })
            .collect();
        if problems.is_empty() {
            Ok(trend)
        } else {
            Err(problems)
        }
    }
}
