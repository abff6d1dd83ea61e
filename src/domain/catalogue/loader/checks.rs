//! The rules typed entries must meet beyond their shape: ids, texts, plausible figures, dates, and
//! references between files.

use std::collections::HashSet;

use super::{DIMENSION_RANGE_MM, DataFile, LoadError, Problem, WEIGHT_RANGE_G, YEAR_RANGE};
use crate::domain::catalogue::model::*;

/// The shape of every id: what the loader accepts, and what an item key must name.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

pub(super) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        _ => false,
    }
}

/// Checks the ids of one file: well formed and unique.
pub(super) fn check_ids<'a>(
    file: DataFile,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<LoadError>,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_valid_id(id) {
            errors.push(LoadError::new(
                file,
                Some(id),
                Some("id"),
                Problem::BadId { id: id.to_owned() },
            ));
        } else if !seen.insert(id) {
            errors.push(LoadError::new(
                file,
                Some(id),
                Some("id"),
                Problem::DuplicateId { id: id.to_owned() },
            ));
        }
    }
}

fn check_text(
    file: DataFile,
    entry: Option<&str>,
    field: &str,
    text: &Localized,
    errors: &mut Vec<LoadError>,
) {
    for lang in text.missing() {
        let field = format!("{field}.{}", lang.code());
        errors.push(LoadError::new(
            file,
            entry,
            Some(&field),
            Problem::MissingTranslation { lang },
        ));
    }
}

fn check_range(
    file: DataFile,
    entry: &str,
    field: &str,
    value: f64,
    (min, max): (f64, f64),
    errors: &mut Vec<LoadError>,
) {
    // NaN fails both comparisons, so `!(within)` rejects it too.
    if !(value >= min && value <= max) {
        errors.push(LoadError::new(
            file,
            Some(entry),
            Some(field),
            Problem::OutOfRange {
                value: value.to_string(),
                min: min.to_string(),
                max: max.to_string(),
            },
        ));
    }
}

fn check_date(
    file: DataFile,
    entry: Option<&str>,
    field: &str,
    value: &str,
    errors: &mut Vec<LoadError>,
) {
    if !is_iso_date(value) {
        errors.push(LoadError::new(
            file,
            entry,
            Some(field),
            Problem::BadDate {
                value: value.to_owned(),
            },
        ));
    }
}

pub(super) fn check_settings(s: &Settings, errors: &mut Vec<LoadError>) {
    let f = DataFile::Settings;
    check_date(
        f,
        None,
        "settings.silver_price.date",
        &s.silver_price.date,
        errors,
    );
    check_date(f, None, "settings.rates.date", &s.rates.date, errors);
    for (field, value) in [
        (
            "settings.silver_price.idr_per_gram",
            s.silver_price.idr_per_gram,
        ),
        ("settings.rates.idr_per_eur", s.rates.idr_per_eur),
        ("settings.rates.idr_per_usd", s.rates.idr_per_usd),
    ] {
        if value == 0 {
            errors.push(LoadError::new(
                f,
                None,
                Some(field),
                Problem::OutOfRange {
                    value: "0".into(),
                    min: "1".into(),
                    max: u32::MAX.to_string(),
                },
            ));
        }
    }
}

pub(super) fn check_workshops(ws: &[Workshop], errors: &mut Vec<LoadError>) {
    let f = DataFile::Workshops;
    check_ids(f, ws.iter().map(|w| w.id.as_str()), errors);
    for w in ws {
        check_text(f, Some(&w.id), "story", &w.story, errors);
    }
}

pub(super) fn check_motifs(ms: &[Motif], errors: &mut Vec<LoadError>) {
    let f = DataFile::Motifs;
    check_ids(f, ms.iter().map(|m| m.id.as_str()), errors);
    for m in ms {
        check_text(f, Some(&m.id), "name", &m.name, errors);
        check_text(f, Some(&m.id), "meaning", &m.meaning, errors);
        check_text(f, Some(&m.id), "history", &m.history, errors);
    }
}

/// The rules every photo meets, a design's or a trend reference's: a description in the required
/// languages, files inside the photo folder, a `#rrggbb` placeholder; and, where `credited`, a source
/// and a licence (a photo the collective did not take is shown only with both).
fn check_photos(
    f: DataFile,
    e: &str,
    photos: &[Photo],
    credited: bool,
    errors: &mut Vec<LoadError>,
) {
    for (i, p) in photos.iter().enumerate() {
        check_text(f, Some(e), &format!("photos[{i}].alt"), &p.alt, errors);
        for path in p.files() {
            if !Photo::is_photo_path(path) {
                let problem = Problem::BadPhotoPath {
                    value: path.to_owned(),
                };
                errors.push(LoadError::new(
                    f,
                    Some(e),
                    Some(&format!("photos[{i}].src")),
                    problem,
                ));
            }
        }
        if let Some(colour) = p.placeholder.as_deref().filter(|c| !is_hex_colour(c)) {
            let problem = Problem::UnknownValue {
                value: colour.to_owned(),
            };
            errors.push(LoadError::new(
                f,
                Some(e),
                Some(&format!("photos[{i}].placeholder")),
                problem,
            ));
        }
        if credited {
            let credit = p.credit.clone().unwrap_or_default();
            for (field, value) in [("source", &credit.source), ("licence", &credit.licence)] {
                if value.trim().is_empty() {
                    errors.push(LoadError::new(
                        f,
                        Some(e),
                        Some(&format!("photos[{i}].credit.{field}")),
                        Problem::MissingField,
                    ));
                }
            }
        }
    }
}

/// The project's own brief, which a trend may cite but not as its only source.
const PROJECT_PUBLISHER: &str = "Perak Batankrajan";

pub(super) fn check_trends(
    ts: &[TrendReference],
    motifs: Option<&[Motif]>,
    errors: &mut Vec<LoadError>,
) {
    let f = DataFile::Trends;
    check_ids(f, ts.iter().map(|t| t.id.as_str()), errors);
    for t in ts {
        for (i, pair) in t.pairs.iter().enumerate() {
            if let Some(ms) = motifs
                && !ms.iter().any(|m| m.id == pair.motif)
            {
                errors.push(LoadError::new(
                    f,
                    Some(&t.id),
                    Some(&format!("pairs[{i}].motif")),
                    Problem::UnknownMotif {
                        id: pair.motif.clone(),
                    },
                ));
            }
            check_text(
                f,
                Some(&t.id),
                &format!("pairs[{i}].note"),
                &pair.note,
                errors,
            );
        }
        for (i, source) in t.sources.iter().enumerate() {
            if let Some(url) = &source.url
                && !(url.starts_with("https://") || url.starts_with("http://"))
            {
                errors.push(LoadError::new(
                    f,
                    Some(&t.id),
                    Some(&format!("sources[{i}].url")),
                    Problem::BadUrl { value: url.clone() },
                ));
            }
        }
        if !t
            .sources
            .iter()
            .any(|s| s.url.is_some() && s.publisher != PROJECT_PUBLISHER)
        {
            errors.push(LoadError::new(
                f,
                Some(&t.id),
                Some("sources"),
                Problem::NoExternalSource,
            ));
        }
        check_text(f, Some(&t.id), "name", &t.name, errors);
        check_text(f, Some(&t.id), "description", &t.description, errors);
        check_photos(f, &t.id, &t.photos, true, errors);
        check_text(
            f,
            Some(&t.id),
            "attributes.texture",
            &t.attributes.texture,
            errors,
        );
        let range = (f64::from(YEAR_RANGE.0), f64::from(YEAR_RANGE.1));
        check_range(f, &t.id, "year_from", f64::from(t.year_from), range, errors);
        check_range(
            f,
            &t.id,
            "year_to",
            f64::from(t.year_to),
            (f64::from(t.year_from), range.1),
            errors,
        );
    }
}

pub(super) fn check_designs(
    ds: &[Design],
    workshops: Option<&[Workshop]>,
    motifs: Option<&[Motif]>,
    errors: &mut Vec<LoadError>,
) {
    check_ids(DataFile::Designs, ds.iter().map(|d| d.id.as_str()), errors);
    let workshop_ids: Option<HashSet<&str>> =
        workshops.map(|ws| ws.iter().map(|w| w.id.as_str()).collect());
    let motif_ids: Option<HashSet<&str>> =
        motifs.map(|ms| ms.iter().map(|m| m.id.as_str()).collect());
    for d in ds {
        check_design(d, workshop_ids.as_ref(), motif_ids.as_ref(), errors);
    }
}

/// The rules one design meets beyond its id's uniqueness: the loader's for every entry of
/// `designs.json`, and the studio's for a maker's draft (`studio::draft`), so that a draft that passes
/// here loads on every device.
pub(super) fn check_design(
    d: &Design,
    workshop_ids: Option<&HashSet<&str>>,
    motif_ids: Option<&HashSet<&str>>,
    errors: &mut Vec<LoadError>,
) {
    let f = DataFile::Designs;
    let e = d.id.as_str();
    check_text(f, Some(e), "name", &d.name, errors);
    if let Some(text) = &d.description {
        check_text(f, Some(e), "description", text, errors);
    }
    if let Some(ids) = workshop_ids
        && !ids.contains(d.workshop.as_str())
    {
        errors.push(LoadError::new(
            f,
            Some(e),
            Some("workshop"),
            Problem::UnknownWorkshop {
                id: d.workshop.clone(),
            },
        ));
    }
    if let Some(ids) = motif_ids {
        for (i, m) in d.motifs.iter().enumerate() {
            if !ids.contains(m.as_str()) {
                let field = format!("motifs[{i}]");
                errors.push(LoadError::new(
                    f,
                    Some(e),
                    Some(&field),
                    Problem::UnknownMotif { id: m.clone() },
                ));
            }
        }
    }
    if !FINENESSES.contains(&d.fineness) {
        errors.push(LoadError::new(
            f,
            Some(e),
            Some("fineness"),
            Problem::UnknownFineness { value: d.fineness },
        ));
    }
    check_range(f, e, "weight_g", d.weight_g, WEIGHT_RANGE_G, errors);
    check_range(
        f,
        e,
        "dimensions.width_mm",
        d.dimensions.width_mm,
        DIMENSION_RANGE_MM,
        errors,
    );
    check_range(
        f,
        e,
        "dimensions.height_mm",
        d.dimensions.height_mm,
        DIMENSION_RANGE_MM,
        errors,
    );
    // Depth may be under a millimetre for flat pieces, but never zero or negative.
    check_range(
        f,
        e,
        "dimensions.depth_mm",
        d.dimensions.depth_mm,
        (0.2, DIMENSION_RANGE_MM.1),
        errors,
    );
    for (i, v) in d.variants.iter().enumerate() {
        check_range(
            f,
            e,
            &format!("variants[{i}].weight_g"),
            v.weight_g,
            WEIGHT_RANGE_G,
            errors,
        );
        if v.size.trim().is_empty() {
            errors.push(LoadError::new(
                f,
                Some(e),
                Some(&format!("variants[{i}].size")),
                Problem::MissingField,
            ));
        }
    }
    check_photos(f, e, &d.photos, false, errors);
    check_date(f, Some(e), "date", &d.date, errors);
}
