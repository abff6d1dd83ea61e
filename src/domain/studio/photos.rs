//! A draft's photos: made from what the photo worker wrote, ordered by the maker (the first is the
//! cover), described and, where they are somebody else's, credited.

use crate::domain::Lang;
use crate::domain::catalogue::model::{Localized, Photo, PhotoCredit, PhotoFile, photo_files};

/// A photo's id from 16 random bytes: 24 hex digits, unique enough for every photo a village takes,
/// and a valid file name on every system.
pub fn photo_id(random: [u8; 16]) -> String {
    random[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// The catalogue's record of photo `id`, written at `widths` (narrowest first) from a `width` x `height`
/// original; its description is left for the maker to write in each language.
pub fn photo(id: &str, width: u32, height: u32, placeholder: &str, widths: &[u32]) -> Photo {
    let widest = widths.last().copied().unwrap_or(width);
    let height_at = |w: u32| perak_photo::height_at(width, height, w);
    Photo {
        src: Photo::path(id, widest),
        alt: Localized::default(),
        width: widest,
        height: height_at(widest),
        sizes: widths
            .iter()
            .map(|w| PhotoFile {
                src: Photo::path(id, *w),
                width: *w,
            })
            .collect(),
        placeholder: Some(placeholder.to_owned()),
        credit: None,
    }
}

/// Moves the photo at `from` to `to` (both clamped), keeping the others' order.
pub fn move_photo(photos: &mut Vec<Photo>, from: usize, to: usize) {
    if from >= photos.len() {
        return;
    }
    let photo = photos.remove(from);
    photos.insert(to.min(photos.len()), photo);
}

/// The files of `removed` that none of the `kept` photos shows (a copied draft shares its photos).
pub fn unused_files<'a>(removed: &Photo, kept: impl IntoIterator<Item = &'a Photo>) -> Vec<String> {
    let used = photo_files(kept);
    removed
        .files()
        .filter(|f| !used.contains(f))
        .map(str::to_owned)
        .collect()
}

/// One change a maker makes to a list of photos.
#[derive(Clone, Debug, PartialEq)]
pub enum PhotoEdit {
    Move { from: usize, to: usize },
    Remove(usize),
    Alt(usize, Lang, String),
    CreditSource(usize, String),
    CreditLicence(usize, String),
}

impl PhotoEdit {
    /// The field it changes, as the loader names it, so that its message shows once it is touched.
    pub fn field(&self) -> String {
        match self {
            PhotoEdit::Move { .. } | PhotoEdit::Remove(_) => "photos".into(),
            PhotoEdit::Alt(i, lang, _) => format!("photos[{i}].alt.{}", lang.code()),
            PhotoEdit::CreditSource(i, _) => format!("photos[{i}].credit.source"),
            PhotoEdit::CreditLicence(i, _) => format!("photos[{i}].credit.licence"),
        }
    }

    /// Makes the change, as typed; returns the photo a removal took out. An index past the end
    /// changes nothing (the list may have changed under a slow tap).
    pub fn apply(self, photos: &mut Vec<Photo>) -> Option<Photo> {
        match self {
            PhotoEdit::Move { from, to } => move_photo(photos, from, to),
            PhotoEdit::Remove(i) => return (i < photos.len()).then(|| photos.remove(i)),
            PhotoEdit::Alt(i, lang, text) => {
                if let Some(p) = photos.get_mut(i) {
                    p.alt.set(lang, text);
                }
            }
            PhotoEdit::CreditSource(i, text) => {
                if let Some(p) = photos.get_mut(i) {
                    p.credit.get_or_insert_with(PhotoCredit::default).source = text;
                }
            }
            PhotoEdit::CreditLicence(i, text) => {
                if let Some(p) = photos.get_mut(i) {
                    p.credit.get_or_insert_with(PhotoCredit::default).licence = text;
                }
            }
        }
        None
    }
}

/// Where a photo on its way stands, as far as its batch's progress goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stage {
    Waiting,
    /// Share done, 0 to 1.
    Working(f32),
    /// Refused: no longer part of the batch.
    Failed,
}

/// A batch's progress: photos done, the batch's size, and the share done (0 to 1), a photo being
/// processed counting for its own share; none when nothing is on its way. `finished` counts the
/// batch's photos already in their draft.
pub fn batch_progress(
    stages: impl IntoIterator<Item = Stage>,
    finished: usize,
) -> Option<(usize, usize, f32)> {
    let (mut open, mut share) = (0usize, 0f32);
    for stage in stages {
        match stage {
            Stage::Waiting => open += 1,
            Stage::Working(done) => {
                open += 1;
                share += done.clamp(0.0, 1.0);
            }
            Stage::Failed => {}
        }
    }
    if open == 0 {
        return None;
    }
    let total = finished + open;
    Some((finished, total, (finished as f32 + share) / total as f32))
}
