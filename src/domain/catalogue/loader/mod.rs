//! Turns the catalogue's JSON files into a [`Catalogue`] whose references all resolve, or into a list of
//! problems that each name the file, the entry and the field, so that the collective can fix its data
//! without reading code. Nothing here panics on any input: the files come from the network.

use crate::domain::catalogue::model::*;

mod checks;
mod parse;

pub(crate) use checks::is_valid_id;
use checks::*;
use parse::*;

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
    /// A trend reference citing no public source with an address other than this project's own
    /// brief: a maker could not check where the trend comes from.
    NoExternalSource,
    /// A source's address that is not an http(s) URL (it is shown as a link).
    BadUrl {
        value: String,
    },
    /// A figure typed in the studio that is not a number ("5,2" and "5.2" both are).
    NotANumber {
        value: String,
    },
    /// A photo file outside the catalogue's photo folder, or not a picture's name.
    BadPhotoPath {
        value: String,
    },
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

/// What stands between one design and the catalogue: every rule the loader applies to an entry of
/// `designs.json`, with its id checked for shape and against `taken` (the ids it must not reuse). The
/// studio checks a maker's draft with this, so a design it accepts is one every device can load.
pub fn design_problems(
    design: &Design,
    catalogue: &Catalogue,
    taken: impl Fn(&str) -> bool,
) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let id = design.id.as_str();
    if !is_valid_id(id) {
        errors.push(LoadError::new(
            DataFile::Designs,
            Some(id),
            Some("id"),
            Problem::BadId { id: id.to_owned() },
        ));
    } else if taken(id) {
        errors.push(LoadError::new(
            DataFile::Designs,
            Some(id),
            Some("id"),
            Problem::DuplicateId { id: id.to_owned() },
        ));
    }
    let workshops = catalogue.workshops.iter().map(|w| w.id.as_str()).collect();
    let motifs = catalogue.motifs.iter().map(|m| m.id.as_str()).collect();
    check_design(design, Some(&workshops), Some(&motifs), &mut errors);
    errors
}

/// The catalogue with `designs` (a `designs.json` from elsewhere: a catalogue package) in place of its
/// own designs, checked exactly as the loader checks the shipped file against the other files.
pub fn with_designs_file(c: &Catalogue, designs: Fetched) -> Result<Catalogue, Vec<LoadError>> {
    let mut errors = Vec::new();
    let parsed = parse_list::<Design>(DataFile::Designs, designs, &mut errors);
    if let Some(ds) = &parsed {
        check_designs(ds, Some(&c.workshops), Some(&c.motifs), &mut errors);
    }
    match parsed {
        Some(designs) if errors.is_empty() => Ok(Catalogue {
            designs,
            ..c.clone()
        }),
        _ => Err(errors),
    }
}

/// What stands between one trend reference and the catalogue: every rule the loader applies to an
/// entry of `trends.json` (the studio checks a trend's photos and their credits with this).
pub fn trend_problems(trend: &TrendReference, catalogue: &Catalogue) -> Vec<LoadError> {
    let mut errors = Vec::new();
    check_trends(
        std::slice::from_ref(trend),
        Some(&catalogue.motifs),
        &mut errors,
    );
    errors
}

/// The catalogue with `trends` (a `trends.json` from a catalogue package) in place of its own trend
/// references, checked exactly as the loader checks the shipped file.
pub fn with_trends_file(c: &Catalogue, trends: Fetched) -> Result<Catalogue, Vec<LoadError>> {
    let mut errors = Vec::new();
    let parsed = parse_list::<TrendReference>(DataFile::Trends, trends, &mut errors);
    if let Some(ts) = &parsed {
        check_trends(ts, Some(&c.motifs), &mut errors);
    }
    match parsed {
        Some(trends) if errors.is_empty() => Ok(Catalogue {
            trends,
            ..c.clone()
        }),
        _ => Err(errors),
    }
}

/// `trends.json` as the loader reads it, written as the shipped file is.
pub fn trends_file(trends: &[TrendReference]) -> String {
    list_file(DataFile::Trends.section(), trends)
}

/// `designs.json` as the loader reads it, written as the shipped file is (two-space indents).
pub fn designs_file(designs: &[Design]) -> String {
    list_file(DataFile::Designs.section(), designs)
}

/// A data file of one list: its format version, then the entries under `key`.
fn list_file<T: serde::Serialize>(key: &str, entries: &[T]) -> String {
    // A map with `version` written first; `json!` would sort every entry's fields by name.
    use serde::ser::{SerializeMap, Serializer};
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::pretty(&mut out);
    let written = ser.serialize_map(Some(2)).and_then(|mut map| {
        map.serialize_entry("version", &FORMAT_VERSION)?;
        map.serialize_entry(key, entries)?;
        map.end()
    });
    if written.is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Loads the catalogue from its five files as fetched, given in [`DataFile::ALL`]'s order (the app's
/// fetches, the search benchmark's texts).
pub fn load_fetched(files: [Fetched; 5]) -> Result<Catalogue, Vec<LoadError>> {
    let mut files = files.map(Some);
    load_catalogue(|file| {
        let index = DataFile::ALL
            .iter()
            .position(|f| *f == file)
            .unwrap_or_default();
        files[index].take().unwrap_or(Fetched::Missing)
    })
}

/// Loads a catalogue from a directory of data files, for native tools and tests (the app fetches them).
pub fn load_from_dir(dir: &std::path::Path) -> Result<Catalogue, Vec<LoadError>> {
    load_catalogue(|f| match std::fs::read_to_string(dir.join(f.file_name())) {
        Ok(text) => Fetched::Text(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Fetched::Missing,
        Err(e) => Fetched::Unreachable(e.to_string()),
    })
}
