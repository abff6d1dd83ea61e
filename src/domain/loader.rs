//! Turns the catalogue's JSON files into a [`Catalogue`] whose references all resolve, or into a list of
//! problems that each name the file, the entry and the field, so that the collective can fix its data
//! without reading code. Nothing here panics on any input: the files come from the network.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::model::*;

/// The files the catalogue is made of, under `data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFile {
    Settings,
    Workshops,
    Motifs,
    Trends,
    Designs,
}

impl DataFile {
    pub const ALL: [DataFile; 5] = [
        DataFile::Settings,
        DataFile::Workshops,
        DataFile::Motifs,
        DataFile::Trends,
        DataFile::Designs,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            DataFile::Settings => "settings.json",
            DataFile::Workshops => "workshops.json",
            DataFile::Motifs => "motifs.json",
            DataFile::Trends => "trends.json",
            DataFile::Designs => "designs.json",
        }
    }

    /// The top-level key that holds the file's content.
    fn section(self) -> &'static str {
        match self {
            DataFile::Settings => "settings",
            DataFile::Workshops => "workshops",
            DataFile::Motifs => "motifs",
            DataFile::Trends => "trends",
            DataFile::Designs => "designs",
        }
    }
}

/// What fetching one data file gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetched {
    Text(String),
    /// The server answered that the file does not exist.
    Missing,
    /// No answer at all, or an error status other than not-found.
    Unreachable(String),
}

/// What is wrong; the UI turns each kind into a sentence in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    FileMissing,
    FileUnreachable {
        detail: String,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    UnsupportedVersion {
        found: String,
    },
    MissingField,
    WrongType {
        detail: String,
    },
    UnknownValue {
        value: String,
    },
    DuplicateId {
        id: String,
    },
    BadId {
        id: String,
    },
    UnknownWorkshop {
        id: String,
    },
    UnknownMotif {
        id: String,
    },
    OutOfRange {
        value: String,
        min: String,
        max: String,
    },
    UnknownFineness {
        value: u16,
    },
    MissingTranslation {
        lang: Lang,
    },
    BadDate {
        value: String,
    },
    Empty,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub file: &'static str,
    /// The entry's id, or its position ("#3") when it has no usable id.
    pub entry: Option<String>,
    /// A dotted path inside the entry, such as `dimensions.width_mm` or `variants[1].weight_g`.
    pub field: Option<String>,
    pub problem: Problem,
}

impl LoadError {
    fn new(file: DataFile, entry: Option<&str>, field: Option<&str>, problem: Problem) -> Self {
        LoadError {
            file: file.file_name(),
            entry: entry.map(str::to_owned),
            field: field.map(str::to_owned),
            problem,
        }
    }
}

/// Plausible bounds for a single hand-made piece; outside them a figure is a typo, not a design.
pub const WEIGHT_RANGE_G: (f64, f64) = (0.3, 500.0);
pub const DIMENSION_RANGE_MM: (f64, f64) = (1.0, 400.0);
pub const YEAR_RANGE: (u16, u16) = (1900, 2100);

/// Loads and validates the whole catalogue. `fetch` gives each file's content.
pub fn load_catalogue(
    mut fetch: impl FnMut(DataFile) -> Fetched,
) -> Result<Catalogue, Vec<LoadError>> {
    let mut errors = Vec::new();
    let settings =
        parse_single::<Settings>(DataFile::Settings, fetch(DataFile::Settings), &mut errors);
    let workshops =
        parse_list::<Workshop>(DataFile::Workshops, fetch(DataFile::Workshops), &mut errors);
    let motifs = parse_list::<Motif>(DataFile::Motifs, fetch(DataFile::Motifs), &mut errors);
    let trends =
        parse_list::<TrendReference>(DataFile::Trends, fetch(DataFile::Trends), &mut errors);
    let designs = parse_list::<Design>(DataFile::Designs, fetch(DataFile::Designs), &mut errors);

    if let Some(s) = &settings {
        check_settings(s, &mut errors);
    }
    if let Some(ws) = &workshops {
        check_workshops(ws, &mut errors);
    }
    if let Some(ms) = &motifs {
        check_motifs(ms, &mut errors);
    }
    if let Some(ts) = &trends {
        check_trends(ts, motifs.as_deref(), &mut errors);
    }
    if let Some(ds) = &designs {
        // References can only be checked against files that loaded; a broken workshops.json is reported
        // once, not once per design.
        check_designs(ds, workshops.as_deref(), motifs.as_deref(), &mut errors);
    }

    match (settings, workshops, motifs, trends, designs) {
        (Some(settings), Some(workshops), Some(motifs), Some(trends), Some(designs))
            if errors.is_empty() =>
        {
            Ok(Catalogue {
                settings,
                workshops,
                motifs,
                trends,
                designs,
            })
        }
        _ => Err(errors),
    }
}

fn parse_document(file: DataFile, fetched: Fetched, errors: &mut Vec<LoadError>) -> Option<Value> {
    let text = match fetched {
        Fetched::Text(t) => t,
        Fetched::Missing => {
            errors.push(LoadError::new(file, None, None, Problem::FileMissing));
            return None;
        }
        Fetched::Unreachable(detail) => {
            errors.push(LoadError::new(
                file,
                None,
                None,
                Problem::FileUnreachable { detail },
            ));
            return None;
        }
    };
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            errors.push(LoadError::new(
                file,
                None,
                None,
                Problem::NotJson {
                    line: e.line(),
                    column: e.column(),
                },
            ));
            return None;
        }
    };
    match doc.get("version") {
        None => {
            errors.push(LoadError::new(
                file,
                None,
                Some("version"),
                Problem::MissingField,
            ));
            return None;
        }
        Some(v) if v.as_u64() != Some(u64::from(FORMAT_VERSION)) => {
            errors.push(LoadError::new(
                file,
                None,
                Some("version"),
                Problem::UnsupportedVersion {
                    found: v.to_string(),
                },
            ));
            return None;
        }
        Some(_) => {}
    }
    let section = file.section();
    match doc {
        Value::Object(mut map) => match map.remove(section) {
            Some(v) => Some(v),
            None => {
                errors.push(LoadError::new(
                    file,
                    None,
                    Some(section),
                    Problem::MissingField,
                ));
                None
            }
        },
        _ => None,
    }
}

fn parse_single<T: DeserializeOwned>(
    file: DataFile,
    fetched: Fetched,
    errors: &mut Vec<LoadError>,
) -> Option<T> {
    let value = parse_document(file, fetched, errors)?;
    match deserialize_entry::<T>(value) {
        Ok(t) => Some(t),
        Err((field, problem)) => {
            let field = format!("{}.{}", file.section(), field);
            errors.push(LoadError::new(
                file,
                None,
                Some(field.trim_end_matches('.')),
                problem,
            ));
            None
        }
    }
}

fn parse_list<T: DeserializeOwned>(
    file: DataFile,
    fetched: Fetched,
    errors: &mut Vec<LoadError>,
) -> Option<Vec<T>> {
    let value = parse_document(file, fetched, errors)?;
    let Value::Array(items) = value else {
        errors.push(LoadError::new(
            file,
            None,
            Some(file.section()),
            Problem::WrongType {
                detail: "expected a list".into(),
            },
        ));
        return None;
    };
    let before = errors.len();
    let mut parsed = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let entry = entry_label(&item, index);
        match deserialize_entry::<T>(item) {
            Ok(t) => parsed.push(t),
            Err((field, problem)) => {
                let field = (!field.is_empty()).then_some(field);
                errors.push(LoadError::new(
                    file,
                    Some(&entry),
                    field.as_deref(),
                    problem,
                ));
            }
        }
    }
    if errors.len() > before {
        return None;
    }
    if parsed.is_empty() {
        errors.push(LoadError::new(
            file,
            None,
            Some(file.section()),
            Problem::Empty,
        ));
        return None;
    }
    Some(parsed)
}

fn entry_label(item: &Value, index: usize) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("#{}", index + 1),
    }
}

/// Deserialises one entry, reporting the failing field's path and the kind of failure.
///
/// serde's errors from a `Value` say what was wrong but not where; the offending value is found again in
/// the entry to name the field. (A path-tracking deserialiser did this exactly but doubled the loader's
/// share of the wasm.)
fn deserialize_entry<T: DeserializeOwned>(value: Value) -> Result<T, (String, Problem)> {
    T::deserialize(&value).map_err(|err| {
        let message = err.to_string();
        classify(&value, &message)
    })
}

fn classify(entry: &Value, message: &str) -> (String, Problem) {
    if let Some(name) = between(message, "missing field `", "`") {
        let field = find_missing(entry, name, "").unwrap_or_else(|| name.to_owned());
        return (field, Problem::MissingField);
    }
    if let Some(value) = between(message, "unknown variant `", "`") {
        let path = find(entry, &|v| v.as_str() == Some(value), "").unwrap_or_default();
        return (
            path,
            Problem::UnknownValue {
                value: value.to_owned(),
            },
        );
    }
    let found = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split(", expected").next())
        .and_then(|unexpected| find(entry, &|v| describes(unexpected, v), ""));
    (
        found.unwrap_or_default(),
        Problem::WrongType {
            detail: message.to_owned(),
        },
    )
}

/// Whether serde's description of an unexpected value ("string \"x\"", "integer `5`", "null", "map"…)
/// fits `v`.
fn describes(unexpected: &str, v: &Value) -> bool {
    let quoted = |prefix: &str| {
        unexpected
            .strip_prefix(prefix)
            .map(|r| r.trim_matches(|c| c == '`' || c == '"'))
    };
    match v {
        Value::Null => unexpected == "null" || unexpected == "unit value",
        Value::Bool(b) => quoted("boolean ") == Some(if *b { "true" } else { "false" }),
        Value::Number(n) => [quoted("integer "), quoted("floating point ")]
            .into_iter()
            .flatten()
            .any(|text| text.parse::<f64>().ok() == n.as_f64()),
        Value::String(s) => quoted("string ") == Some(s.as_str()),
        Value::Array(_) => unexpected == "sequence",
        Value::Object(_) => unexpected == "map",
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The path of the first value in `v` that `pred` accepts, depth first.
fn find(v: &Value, pred: &dyn Fn(&Value) -> bool, path: &str) -> Option<String> {
    match v {
        Value::Object(map) => map.iter().find_map(|(k, child)| {
            let p = join(path, k);
            if pred(child) {
                Some(p)
            } else {
                find(child, pred, &p)
            }
        }),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, child)| {
            let p = format!("{path}[{i}]");
            if pred(child) {
                Some(p)
            } else {
                find(child, pred, &p)
            }
        }),
        _ => None,
    }
}

/// Field sets of the structs nested inside entries, to tell whose field a missing one is.
const NESTED_FIELDS: &[&[&str]] = &[
    &["width_mm", "height_mm", "depth_mm"],
    &["size", "finish", "weight_g"],
    &["src", "alt", "width", "height"],
    &["title", "publisher", "year"],
    &["idr_per_gram", "date", "source"],
    &["technique", "idr_per_gram"],
    &["idr_per_eur", "idr_per_usd", "date"],
    &["scale", "texture", "finish"],
];

/// Where the missing field `name` belongs: inside the first nested object that has a sibling of it and
/// lacks it, otherwise on the entry itself.
fn find_missing(v: &Value, name: &str, path: &str) -> Option<String> {
    let owns = |obj: &serde_json::Map<String, Value>| {
        !obj.contains_key(name)
            && NESTED_FIELDS.iter().any(|set| {
                set.contains(&name) && set.iter().any(|f| *f != name && obj.contains_key(*f))
            })
    };
    let Value::Object(map) = v else { return None };
    for (k, child) in map {
        let p = join(path, k);
        match child {
            Value::Object(inner) if owns(inner) => return Some(join(&p, name)),
            Value::Object(_) => {
                if let Some(found) = find_missing(child, name, &p) {
                    return Some(found);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let ip = format!("{p}[{i}]");
                    match item {
                        Value::Object(inner) if owns(inner) => return Some(join(&ip, name)),
                        Value::Object(_) => {
                            if let Some(found) = find_missing(item, name, &ip) {
                                return Some(found);
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(start)?;
    rest.split(end).next()
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn is_iso_date(s: &str) -> bool {
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
fn check_ids<'a>(file: DataFile, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<LoadError>) {
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

fn check_settings(s: &Settings, errors: &mut Vec<LoadError>) {
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

fn check_workshops(ws: &[Workshop], errors: &mut Vec<LoadError>) {
    let f = DataFile::Workshops;
    check_ids(f, ws.iter().map(|w| w.id.as_str()), errors);
    for w in ws {
        check_text(f, Some(&w.id), "story", &w.story, errors);
    }
}

fn check_motifs(ms: &[Motif], errors: &mut Vec<LoadError>) {
    let f = DataFile::Motifs;
    check_ids(f, ms.iter().map(|m| m.id.as_str()), errors);
    for m in ms {
        check_text(f, Some(&m.id), "name", &m.name, errors);
        check_text(f, Some(&m.id), "meaning", &m.meaning, errors);
        check_text(f, Some(&m.id), "history", &m.history, errors);
    }
}

fn check_trends(ts: &[TrendReference], motifs: Option<&[Motif]>, errors: &mut Vec<LoadError>) {
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
        check_text(f, Some(&t.id), "name", &t.name, errors);
        check_text(f, Some(&t.id), "description", &t.description, errors);
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

fn check_designs(
    ds: &[Design],
    workshops: Option<&[Workshop]>,
    motifs: Option<&[Motif]>,
    errors: &mut Vec<LoadError>,
) {
    let f = DataFile::Designs;
    check_ids(f, ds.iter().map(|d| d.id.as_str()), errors);
    let workshop_ids: Option<HashSet<&str>> =
        workshops.map(|ws| ws.iter().map(|w| w.id.as_str()).collect());
    let motif_ids: Option<HashMap<&str, ()>> =
        motifs.map(|ms| ms.iter().map(|m| (m.id.as_str(), ())).collect());
    for d in ds {
        let e = d.id.as_str();
        check_text(f, Some(e), "name", &d.name, errors);
        if let Some(ids) = &workshop_ids
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
        if let Some(ids) = &motif_ids {
            for (i, m) in d.motifs.iter().enumerate() {
                if !ids.contains_key(m.as_str()) {
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
        for (i, p) in d.photos.iter().enumerate() {
            check_text(f, Some(e), &format!("photos[{i}].alt"), &p.alt, errors);
        }
        check_date(f, Some(e), "date", &d.date, errors);
    }
}

/// Loads a catalogue from a directory of data files, for native tools and tests (the app fetches them).
pub fn load_from_dir(dir: &std::path::Path) -> Result<Catalogue, Vec<LoadError>> {
    load_catalogue(|f| match std::fs::read_to_string(dir.join(f.file_name())) {
        Ok(text) => Fetched::Text(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Fetched::Missing,
        Err(e) => Fetched::Unreachable(e.to_string()),
    })
}
