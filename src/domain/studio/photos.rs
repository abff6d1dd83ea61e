//! A draft's photos: made from what the photo worker wrote, ordered by the maker (the first is the
//! cover), and the files a package must carry for them.

use std::collections::BTreeSet;

use crate::domain::catalogue::model::{Localized, Photo, PhotoFile};
use crate::domain::studio::draft::DesignDraft;

/// A photo's id from 16 random bytes: 24 hex digits, unique enough for every photo a village takes,
/// and a valid file name on every system.
pub fn photo_id(random: [u8; 16]) -> String {
    random[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// The catalogue's record of photo `id`, written at `widths` (narrowest first) from a `width` x `height`
/// original; its description is left for the maker to write in each language.
pub fn photo(id: &str, width: u32, height: u32, placeholder: &str, widths: &[u32]) -> Photo {
    let widest = widths.last().copied().unwrap_or(width);
    let height_at = |w: u32| {
        let h = (u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width.max(1));
        (h as u32).max(1)
    };
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

/// The files of `removed` that no draft in `drafts` still shows (a copied draft shares its photos).
pub fn unused_files(removed: &Photo, drafts: &[DesignDraft]) -> Vec<String> {
    let used = shown_by(drafts);
    removed
        .files()
        .filter(|f| !used.contains(f))
        .map(str::to_owned)
        .collect()
}

/// Every photo file the drafts show, each once: what an exported package carries when this device
/// holds it.
pub fn files_of(drafts: &[DesignDraft]) -> Vec<String> {
    shown_by(drafts).into_iter().map(str::to_owned).collect()
}

fn shown_by(drafts: &[DesignDraft]) -> BTreeSet<&str> {
    drafts
        .iter()
        .flat_map(|d| d.photos.iter().flat_map(Photo::files))
        .collect()
}
