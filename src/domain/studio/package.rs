//! A catalogue package: how the studio's drafts leave the device without a server. One `.zip` holds
//! `data/designs.json` as the catalogue becomes with the changes (the layout `public/` serves, so the
//! collective's site publishes by unpacking it there) and `package.json`, which lists the changes and
//! the catalogue version each started from, so that a device importing it can tell what it adds,
//! changes and withdraws, and where its own catalogue has moved on since (a conflict).
//!
//! The photos of its designs travel in it too, under `photos/` (again the layout `public/` serves). A
//! package that gives trend references photos also holds `data/trends.json` with them.
//!
//! Reading one never panics and never trusts its sizes: a package comes from a USB stick or a chat.

use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::draft::{Change, DesignDraft, DraftProblem};
use super::trend_draft::TrendDraft;
use crate::domain::catalogue::loader::{
    designs_file, trends_file, with_designs_file, with_trends_file,
};
use crate::domain::catalogue::model::{TrendReference, photo_files};
use crate::domain::catalogue::overlay::{Overlay, OverlayChange, TrendPhotos};
use crate::domain::{Catalogue, Design, Fetched, Lang, LoadError, Problem};

/// The newest package format this build reads. It writes format 1 unless the package gives trend
/// references photos (format 2), so that a kiosk still on an older version reads every package it
/// can apply in full and refuses, with a message, one it would apply only in part.
pub const PACKAGE_FORMAT: u32 = 2;
const DESIGNS_ONLY_FORMAT: u32 = 1;
pub const MANIFEST_ENTRY: &str = "package.json";
pub const DESIGNS_ENTRY: &str = "data/designs.json";
pub const TRENDS_ENTRY: &str = "data/trends.json";
/// Larger than any catalogue text of a village; a bigger entry is refused unread (a zip bomb).
pub const MAX_ENTRY_BYTES: u64 = 16 * 1024 * 1024;
/// Larger than the widest file the photo worker writes (1920 px JPEG, well under 2 MB).
pub const MAX_PHOTO_BYTES: u64 = 8 * 1024 * 1024;
/// All of a package's photos together, unpacked: a package cannot fill the device's memory.
pub const MAX_PHOTOS_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Add,
    Edit,
    Withdraw,
}

/// One change the package makes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeRecord {
    pub change: ChangeKind,
    /// The design's id in the package (for a withdrawal, the id withdrawn).
    pub id: String,
    /// The catalogue design an edit replaces (its id may have changed) or a withdrawal removes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// The fingerprint of that design as the package's author had it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

/// A trend reference whose photos the package changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrendRecord {
    pub id: String,
    /// The fingerprint of its photos as the package's author had them.
    pub base: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// When the package was made (RFC 3339, UTC).
    pub created: String,
    pub changes: Vec<ChangeRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trends: Vec<TrendRecord>,
}

/// A draft that cannot go into a package yet, with its problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Unready {
    pub uid: String,
    pub problems: Vec<DraftProblem>,
}

/// A short, stable fingerprint of a design's content (or of a trend's photos), to tell whether it
/// changed since.
pub fn fingerprint<T: Serialize + ?Sized>(d: &T) -> String {
    let json = serde_json::to_string(d).unwrap_or_default();
    Sha256::digest(json.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a package carries: the catalogue's designs and trend references with the drafts' changes
/// made, and the records that say what they were.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub designs: Vec<Design>,
    pub records: Vec<ChangeRecord>,
    pub trends: Vec<TrendReference>,
    pub trend_records: Vec<TrendRecord>,
}

/// The drafts' changes to the catalogue, or every draft that is not ready.
pub fn changes(
    c: &Catalogue,
    drafts: &[DesignDraft],
    trend_drafts: &[TrendDraft],
) -> Result<Changes, Vec<Unready>> {
    let mut unready = Vec::new();
    let mut trends = c.trends.clone();
    let mut trend_records = Vec::new();
    for t in trend_drafts {
        // Two drafts of one trend's photos cannot both be published.
        let twice = trend_drafts
            .iter()
            .any(|o| o.uid != t.uid && o.trend == t.trend);
        let checked = match t.check(c) {
            Ok(_) if twice => Err(vec![DraftProblem {
                field: "trend".into(),
                problem: Problem::DuplicateId {
                    id: t.trend.clone(),
                },
            }]),
            other => other,
        };
        match checked {
            // A draft opened and left as the trend is changes nothing: it does not make the package
            // one that older kiosks must refuse.
            Ok(trend)
                if c.trend(&trend.id)
                    .is_some_and(|here| here.photos == trend.photos) => {}
            Ok(trend) => {
                trend_records.push(TrendRecord {
                    id: trend.id.clone(),
                    base: t.base.clone(),
                });
                if let Some(slot) = trends.iter_mut().find(|here| here.id == trend.id) {
                    *slot = trend;
                }
            }
            Err(problems) => unready.push(Unready {
                uid: t.uid.clone(),
                problems,
            }),
        }
    }
    let mut checked = Vec::new();
    for d in drafts {
        let others: Vec<String> = drafts
            .iter()
            .filter(|o| o.uid != d.uid && o.change() != Change::Withdraw)
            .map(DesignDraft::design_id)
            .collect();
        let mut result = d.check(c, &others);
        // Two drafts about one catalogue design cannot both be published.
        if let Some(base) = &d.base
            && drafts
                .iter()
                .any(|o| o.uid != d.uid && o.base.as_ref() == Some(base))
        {
            let problem = DraftProblem {
                field: "id".into(),
                problem: Problem::DuplicateId { id: base.clone() },
            };
            match &mut result {
                Err(problems) => problems.push(problem),
                Ok(_) => result = Err(vec![problem]),
            }
        }
        match result {
            Ok(design) => checked.push((d, design)),
            Err(problems) => unready.push(Unready {
                uid: d.uid.clone(),
                problems,
            }),
        }
    }
    if !unready.is_empty() {
        return Err(unready);
    }
    let mut designs = c.designs.clone();
    let mut records = Vec::new();
    for (draft, design) in checked {
        let base = draft.base.as_deref().and_then(|id| c.design(id));
        let record = |change| ChangeRecord {
            change,
            id: design.id.clone(),
            replaces: draft.base.clone(),
            base: base.map(fingerprint),
        };
        match draft.change() {
            Change::Withdraw => {
                designs.retain(|d| Some(&d.id) != draft.base.as_ref());
                records.push(record(ChangeKind::Withdraw));
            }
            Change::Edit => {
                match designs
                    .iter()
                    .position(|d| Some(&d.id) == draft.base.as_ref())
                {
                    Some(i) => designs[i] = design.clone(),
                    None => designs.push(design.clone()),
                }
                records.push(record(ChangeKind::Edit));
            }
            Change::Add => {
                designs.push(design.clone());
                records.push(record(ChangeKind::Add));
            }
        }
    }
    Ok(Changes {
        designs,
        records,
        trends,
        trend_records,
    })
}

/// The package of the drafts as a `.zip`, made at `created` (RFC 3339); or the drafts not ready.
///
/// `photos` are the photo files this device holds (path and bytes); the package carries those its
/// designs and trend references show. A shipped photo the device does not hold stays out: every device has it already.
pub fn build(
    c: &Catalogue,
    drafts: &[DesignDraft],
    trend_drafts: &[TrendDraft],
    created: &str,
    photos: &[(String, Vec<u8>)],
) -> Result<Vec<u8>, Vec<Unready>> {
    let Changes {
        designs,
        records,
        trends,
        trend_records,
    } = changes(c, drafts, trend_drafts)?;
    let with_trends = !trend_records.is_empty();
    let manifest = Manifest {
        format: if with_trends {
            PACKAGE_FORMAT
        } else {
            DESIGNS_ONLY_FORMAT
        },
        created: created.to_owned(),
        changes: records,
        trends: trend_records,
    };
    let manifest = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    let designs_text = designs_file(&designs);
    let trends_text = trends_file(&trends);
    let shown = photo_files(
        designs
            .iter()
            .flat_map(|d| &d.photos)
            .chain(trends.iter().flat_map(|t| &t.photos)),
    );
    let mut entries: Vec<(String, &[u8])> = vec![
        (MANIFEST_ENTRY.to_owned(), manifest.as_bytes()),
        (DESIGNS_ENTRY.to_owned(), designs_text.as_bytes()),
    ];
    if with_trends {
        entries.push((TRENDS_ENTRY.to_owned(), trends_text.as_bytes()));
    }
    for (path, bytes) in photos {
        if shown.contains(path.as_str()) {
            entries.push((path.trim_start_matches('/').to_owned(), bytes));
        }
    }
    Ok(zip_of(&entries))
}

/// A `.zip` of these entries, deflated. Writing into memory cannot fail but for a bug, so a failure
/// yields what was written so far rather than a panic; reading it back would then say it is damaged.
fn zip_of(entries: &[(String, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // A JPEG does not deflate: stored as it is, it costs no time to pack or unpack.
    let stored = options.compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in entries {
        let options = if name.ends_with(".jpg") {
            stored
        } else {
            options
        };
        if zip.start_file(name.as_str(), options).is_err() || zip.write_all(bytes).is_err() {
            break;
        }
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// What is wrong with a package; the UI says each in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum PackageProblem {
    /// Not a `.zip` at all, or a damaged one.
    NotAPackage,
    /// The zip lacks an entry every package has.
    MissingEntry { entry: &'static str },
    /// An entry larger than any catalogue could be.
    TooLarge { entry: &'static str },
    /// Made by a newer version of the app, which may mean things this one cannot read.
    NewerFormat { found: u32 },
    /// `package.json` cannot be read.
    BadManifest { detail: String },
    /// The package's `designs.json` or `trends.json` fails the catalogue's rules.
    Data(Box<LoadError>),
    /// `package.json` names a change its data files do not hold (or still hold, for a withdrawal), or
    /// a trend reference this device does not have.
    ChangeNotInData { id: String },
    /// A design or trend reference shows a photo the package does not carry and this device does not
    /// have.
    PhotoMissing { path: String },
    /// A photo entry that is not a JPEG as the studio writes them, or larger than any it writes.
    PhotoNotAPicture { path: String },
    /// A photo entry that still carries metadata (EXIF, a GPS position, comments).
    PhotoMetadata { path: String },
}

/// A package that passed every check.
#[derive(Clone, Debug, PartialEq)]
pub struct Package {
    pub manifest: Manifest,
    /// The catalogue's designs as the package has them.
    pub designs: Vec<Design>,
    /// The trend references whose photos it changes, as it has them.
    pub trends: Vec<TrendReference>,
    /// The photo files it carries for its changed designs and trend references: path (`/photos/…`)
    /// and bytes.
    pub photos: Vec<(String, Vec<u8>)>,
}

fn entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
) -> Result<String, PackageProblem> {
    let file = zip
        .by_name(name)
        .map_err(|_| PackageProblem::MissingEntry { entry: name })?;
    if file.size() > MAX_ENTRY_BYTES {
        return Err(PackageProblem::TooLarge { entry: name });
    }
    let mut text = String::new();
    // The stated size may lie: never read more than the limit.
    file.take(MAX_ENTRY_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|_| PackageProblem::NotAPackage)?;
    if text.len() as u64 > MAX_ENTRY_BYTES {
        return Err(PackageProblem::TooLarge { entry: name });
    }
    Ok(text)
}

/// Reads a package and checks it exactly as the loader checks the shipped catalogue (against this
/// device's workshops and motifs), without changing anything.
pub fn read(bytes: &[u8], c: &Catalogue) -> Result<Package, Vec<PackageProblem>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| vec![PackageProblem::NotAPackage])?;
    let manifest_text = entry(&mut zip, MANIFEST_ENTRY).map_err(|p| vec![p])?;
    let value: serde_json::Value = serde_json::from_str(&manifest_text).map_err(|e| {
        vec![PackageProblem::BadManifest {
            detail: e.to_string(),
        }]
    })?;
    // The format first: a newer package may have a shape this version cannot read at all.
    let format = value.get("format").and_then(serde_json::Value::as_u64);
    if let Some(found) = format.filter(|f| *f > u64::from(PACKAGE_FORMAT)) {
        return Err(vec![PackageProblem::NewerFormat {
            found: u32::try_from(found).unwrap_or(u32::MAX),
        }]);
    }
    let manifest: Manifest = serde_json::from_value(value).map_err(|e| {
        vec![PackageProblem::BadManifest {
            detail: e.to_string(),
        }]
    })?;
    let designs_text = entry(&mut zip, DESIGNS_ENTRY).map_err(|p| vec![p])?;
    let checked = with_designs_file(c, Fetched::Text(designs_text)).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| PackageProblem::Data(Box::new(e)))
            .collect::<Vec<_>>()
    })?;
    let trends = if manifest.trends.is_empty() {
        Vec::new()
    } else {
        let text = entry(&mut zip, TRENDS_ENTRY).map_err(|p| vec![p])?;
        with_trends_file(c, Fetched::Text(text))
            .map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| PackageProblem::Data(Box::new(e)))
                    .collect::<Vec<_>>()
            })?
            .trends
    };
    let mut missing: Vec<PackageProblem> = manifest
        .changes
        .iter()
        .filter(|r| {
            let held = checked.design(&r.id).is_some();
            match r.change {
                ChangeKind::Withdraw => held,
                ChangeKind::Add | ChangeKind::Edit => !held,
            }
        })
        .map(|r| PackageProblem::ChangeNotInData { id: r.id.clone() })
        .collect();
    let mut changed_trends = Vec::new();
    for r in &manifest.trends {
        match trends.iter().find(|t| t.id == r.id) {
            Some(t) if c.trend(&r.id).is_some() => changed_trends.push(t.clone()),
            _ => missing.push(PackageProblem::ChangeNotInData { id: r.id.clone() }),
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let changed_designs = manifest
        .changes
        .iter()
        .filter(|r| r.change != ChangeKind::Withdraw)
        .filter_map(|r| checked.design(&r.id));
    let wanted = photo_files(
        changed_designs
            .flat_map(|d| &d.photos)
            .chain(changed_trends.iter().flat_map(|t| &t.photos)),
    );
    let photos = photos_of(&mut zip, wanted, c)?;
    Ok(Package {
        manifest,
        designs: checked.designs,
        trends: changed_trends,
        photos,
    })
}

/// The photo files the package's added and changed designs and its trend references show (`wanted`):
/// each carried by the package or already on this device. A carried file must be a JPEG as the studio writes them: no metadata
/// segment (a hand-made package must not publish a phone's GPS position), at most
/// [`MAX_PHOTO_BYTES`]. A file for a photo this device already has is not taken: a package cannot
/// replace the shipped catalogue's photos.
fn photos_of(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    wanted: std::collections::BTreeSet<&str>,
    c: &Catalogue,
) -> Result<Vec<(String, Vec<u8>)>, Vec<PackageProblem>> {
    let here = photo_files(c.photos());
    let (mut photos, mut problems, mut total) = (Vec::new(), Vec::new(), 0u64);
    for path in wanted.into_iter().filter(|p| !here.contains(p)) {
        let problem = |p: fn(String) -> PackageProblem| p(path.to_owned());
        let Ok(file) = zip.by_name(path.trim_start_matches('/')) else {
            problems.push(problem(|path| PackageProblem::PhotoMissing { path }));
            continue;
        };
        if file.size() > MAX_PHOTO_BYTES {
            problems.push(problem(|path| PackageProblem::PhotoNotAPicture { path }));
            continue;
        }
        let mut bytes = Vec::new();
        // The stated size may lie: never read more than the limit.
        let read = file.take(MAX_PHOTO_BYTES + 1).read_to_end(&mut bytes);
        if read.is_err() || bytes.len() as u64 > MAX_PHOTO_BYTES || !is_jpeg(&bytes) {
            problems.push(problem(|path| PackageProblem::PhotoNotAPicture { path }));
            continue;
        }
        if jpeg_has_metadata(&bytes) {
            problems.push(problem(|path| PackageProblem::PhotoMetadata { path }));
            continue;
        }
        total += bytes.len() as u64;
        if total > MAX_PHOTOS_BYTES {
            return Err(vec![PackageProblem::TooLarge { entry: "photos/" }]);
        }
        photos.push((path.to_owned(), bytes));
    }
    if problems.is_empty() {
        Ok(photos)
    } else {
        Err(problems)
    }
}

fn is_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// Whether a JPEG carries a segment beyond the picture itself: EXIF, XMP, maker notes, IPTC, ICC
/// (APP1 to APP15) or a comment. The studio's worker writes only JFIF (APP0) and the picture.
fn jpeg_has_metadata(bytes: &[u8]) -> bool {
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        if (0xE1..=0xEF).contains(&marker) || marker == 0xFE {
            return true;
        }
        if marker == 0xDA {
            return false;
        }
        at += 2 + usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
    }
    false
}

/// What applying a package would do to this device's catalogue, before anything is applied.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    pub added: Vec<Design>,
    pub changed: Vec<Design>,
    /// The designs as this device has them now.
    pub withdrawn: Vec<Design>,
    /// Trend references whose photos it changes, as they will be.
    pub trends: Vec<TrendReference>,
    /// Designs (and trend references' photos) this device holds in another version than the
    /// package's author started from (or an added design whose id is already taken here): applying
    /// the package replaces this device's.
    pub conflicts: Vec<String>,
    /// Changes already made here (the same package, imported before).
    pub unchanged: usize,
}

impl Preview {
    /// The conflicts by their names in `lang`, as the maker knows them; the id of one the preview does
    /// not name.
    pub fn conflict_names(&self, lang: Lang) -> Vec<String> {
        self.conflicts
            .iter()
            .map(|id| {
                let design = self
                    .changed
                    .iter()
                    .chain(&self.withdrawn)
                    .find(|d| &d.id == id);
                let name = design
                    .map(|d| &d.name)
                    .or_else(|| self.trends.iter().find(|t| &t.id == id).map(|t| &t.name));
                name.map_or_else(|| id.clone(), |n| n.get(lang).to_owned())
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.withdrawn.is_empty()
            && self.trends.is_empty()
    }
}

/// What `p` would change in `c`, and the overlay that makes those changes.
pub fn preview(c: &Catalogue, p: &Package) -> (Preview, Overlay) {
    let mut preview = Preview::default();
    let mut overlay = Overlay {
        packages: vec![p.manifest.created.clone()],
        changes: Vec::new(),
    };
    let in_package = |id: &str| p.designs.iter().find(|d| d.id == id);
    for r in &p.manifest.changes {
        let replaced = r.replaces.as_deref().and_then(|id| c.design(id));
        let moved_on = |here: &Design| r.base.as_deref() != Some(fingerprint(here).as_str());
        match r.change {
            ChangeKind::Withdraw => {
                let Some(here) = replaced else {
                    preview.unchanged += 1;
                    continue;
                };
                if moved_on(here) {
                    preview.conflicts.push(here.id.clone());
                }
                preview.withdrawn.push(here.clone());
                overlay.changes.push(OverlayChange {
                    remove: Some(here.id.clone()),
                    ..OverlayChange::default()
                });
            }
            ChangeKind::Add | ChangeKind::Edit => {
                let Some(design) = in_package(&r.id) else {
                    continue;
                };
                let here = c.design(&design.id).or(replaced);
                match here {
                    Some(here) if here == design => {
                        preview.unchanged += 1;
                        continue;
                    }
                    Some(here) => {
                        let expected = r.change == ChangeKind::Edit && !moved_on(here);
                        if !expected {
                            preview.conflicts.push(here.id.clone());
                        }
                        preview.changed.push(design.clone());
                    }
                    None => preview.added.push(design.clone()),
                }
                overlay.changes.push(OverlayChange {
                    remove: replaced
                        .filter(|old| old.id != design.id)
                        .map(|old| old.id.clone()),
                    put: Some(design.clone()),
                    ..OverlayChange::default()
                });
            }
        }
    }
    for r in &p.manifest.trends {
        let (Some(trend), Some(here)) = (p.trends.iter().find(|t| t.id == r.id), c.trend(&r.id))
        else {
            continue;
        };
        if here.photos == trend.photos {
            preview.unchanged += 1;
            continue;
        }
        if fingerprint(&here.photos) != r.base {
            preview.conflicts.push(here.id.clone());
        }
        preview.trends.push(trend.clone());
        overlay.changes.push(OverlayChange {
            trend_photos: Some(TrendPhotos {
                trend: trend.id.clone(),
                photos: trend.photos.clone(),
            }),
            ..OverlayChange::default()
        });
    }
    (preview, overlay)
}
