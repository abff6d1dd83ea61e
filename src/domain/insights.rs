//! Exhibition insights: what visitors looked at and asked for, counted per device and day without
//! anything that names a person.
//!
//! An [`Event`] becomes a few named counters ([`Event::counters`]): `view.design.<id>`, `shortlist.<item
//! key>`, `inquiry.country.<country>`, … One device's counters for one day are a [`DayCounts`]; a report is
//! a list of them, from this device and from other kiosks' exports. Counts of one device-day only grow,
//! so two copies of it merge by taking each counter's larger value: merging is associative, commutative
//! and idempotent, and importing the same export twice changes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::browse::price_band;
use crate::domain::catalogue::item::ItemRef;
use crate::domain::catalogue::model::{Catalogue, Finish};
use crate::domain::inquiry::Inquiry;
use crate::domain::inquiry::outbox::{csv_cell, parse_csv};
use crate::domain::pricing::price::quote;
use crate::domain::shared::stored::StoredForm;

/// This device's part in the counts, kept in local storage: its id, and whether its reader switched
/// counting off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub device: String,
    #[serde(default)]
    pub off: bool,
}

impl StoredForm for Prefs {
    fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn from_stored(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_default()
    }

    fn unreadable(stored: &str) -> bool {
        !stored.trim().is_empty() && serde_json::from_str::<Prefs>(stored).is_err()
    }
}

/// The `format` of an export file.
pub const FORMAT: &str = "perak-insights";
/// The version this app writes and the newest it reads.
pub const VERSION: u32 = 1;
/// A larger file is not an export of ours (a fair of a week on ten kiosks is well under a megabyte).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// Longest country name counted; a longer text is not a country.
const COUNTRY_MAX: usize = 56;

/// Something a visitor did that is worth counting. None of it names the visitor.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A design's, motif's or trend's page, or a curated pair (a sketch) opened.
    Viewed(ItemRef),
    /// Two items side by side in the compare studio.
    Compared(ItemRef, ItemRef),
    Shortlisted(ItemRef),
    /// A mixer design kept (on the shortlist or a board).
    MixKept(ItemRef),
    /// A sent inquiry, reduced to what it asks about, the buyer's country and their language.
    Inquired(Asked),
}

/// What an inquiry asks about, without who asks: the items (with size and finish, for the price band),
/// the country as counted and the reply language. Made as the inquiry is saved, so that nothing of the
/// buyer waits in memory for the next write.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub lines: Vec<(ItemRef, Option<String>, Option<Finish>)>,
    pub country: String,
    pub language: String,
}

impl From<&Inquiry> for Asked {
    fn from(i: &Inquiry) -> Asked {
        Asked {
            lines: i
                .items
                .iter()
                .map(|l| (l.item.clone(), l.size.clone(), l.finish))
                .collect(),
            country: country_key(&i.country),
            language: i.language.clone(),
        }
    }
}

impl Event {
    /// The counters this event adds one to. An inquiry needs the catalogue, for the motifs, forms,
    /// techniques and price bands of its designs.
    pub fn counters(&self, c: &Catalogue) -> Vec<String> {
        match self {
            Event::Viewed(item) => vec![format!("view.{}", kind_and_id(item))],
            Event::Compared(a, b) => vec![
                "compare".into(),
                format!("compared.{}", a.key()),
                format!("compared.{}", b.key()),
            ],
            Event::Shortlisted(item) => vec![format!("shortlist.{}", item.key())],
            Event::MixKept(item) => vec![format!("mix_kept.{}", item.key())],
            Event::Inquired(asked) => inquiry_counters(asked, c),
        }
    }
}

/// `design.<id>`, `motif.<id>`, `trend.<id>`, `pair.<motif>+<trend>`, `mix.<parameters>`.
fn kind_and_id(item: &ItemRef) -> String {
    match item {
        ItemRef::Design(id) => format!("design.{id}"),
        ItemRef::Motif(id) => format!("motif.{id}"),
        ItemRef::Trend(id) => format!("trend.{id}"),
        ItemRef::Sketch { motif, trend } => format!("pair.{motif}+{trend}"),
        ItemRef::Mix(_) => format!("mix.{}", item.key()),
    }
}

fn inquiry_counters(asked: &Asked, c: &Catalogue) -> Vec<String> {
    let mut set = BTreeSet::new();
    set.insert("inquiry".to_owned());
    set.insert(format!("inquiry.language.{}", asked.language));
    if !asked.country.is_empty() {
        set.insert(format!("inquiry.country.{}", asked.country));
    }
    for (item, size, finish) in &asked.lines {
        match item {
            ItemRef::Design(id) => {
                set.insert(format!("inquiry.design.{id}"));
                let Some(d) = c.design(id) else { continue };
                set.insert(format!("inquiry.form.{}", d.form.key()));
                for m in &d.motifs {
                    set.insert(format!("inquiry.motif.{m}"));
                }
                for t in &d.techniques {
                    set.insert(format!("inquiry.technique.{}", t.key()));
                }
                let price = quote(&c.settings, d, size.as_deref(), *finish).map(|p| p.idr);
                set.insert(format!("inquiry.price.{}", price_band(price)));
            }
            custom => {
                set.insert(format!("inquiry.custom.{}", custom.key()));
                if let ItemRef::Sketch { motif, .. } = custom {
                    set.insert(format!("inquiry.motif.{motif}"));
                }
                if let ItemRef::Mix(m) = custom {
                    set.insert(format!("inquiry.form.{}", m.form.key()));
                    for t in &m.techniques {
                        set.insert(format!("inquiry.technique.{}", t.key()));
                    }
                }
            }
        }
    }
    set.into_iter().collect()
}

/// A country as it is counted: trimmed, inner spaces collapsed, at most [`COUNTRY_MAX`] characters, the
/// first letter of each word in capitals ("  indonesia" and "Indonesia" are one country).
pub fn country_key(typed: &str) -> String {
    let words: Vec<String> = typed
        .split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect();
    let joined = words.join(" ");
    if joined.chars().count() > COUNTRY_MAX {
        String::new()
    } else {
        joined
    }
}

/// One device's counters for one day (the device's local date, `YYYY-MM-DD`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    /// A random id the device made for itself: it tells kiosks apart and nothing else.
    pub device: String,
    pub day: String,
    pub counts: BTreeMap<String, u64>,
}

impl DayCounts {
    /// The key a device-day is stored and merged under.
    pub fn key(&self) -> String {
        format!("{}|{}", self.device, self.day)
    }

    pub fn add(&mut self, counter: &str, n: u64) {
        let v = self.counts.entry(counter.to_owned()).or_default();
        *v = v.saturating_add(n);
    }
}

/// Merges reports: one entry per device-day, each counter the larger of the two (the later copy of a
/// device-day has counted at least as much as the earlier one).
pub fn merge(a: &[DayCounts], b: &[DayCounts]) -> Vec<DayCounts> {
    let mut out: BTreeMap<String, DayCounts> = BTreeMap::new();
    for d in a.iter().chain(b) {
        let entry = out.entry(d.key()).or_insert_with(|| DayCounts {
            device: d.device.clone(),
            day: d.day.clone(),
            counts: BTreeMap::new(),
        });
        for (k, v) in &d.counts {
            let e = entry.counts.entry(k.clone()).or_default();
            *e = (*e).max(*v);
        }
    }
    out.into_values().collect()
}

/// Every counter summed over the device-days given.
pub fn totals(days: &[DayCounts]) -> BTreeMap<String, u64> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    for d in days {
        for (k, v) in &d.counts {
            let e = out.entry(k.clone()).or_default();
            *e = e.saturating_add(*v);
        }
    }
    out
}

/// The counters under `prefix` (`inquiry.country.`), by what follows it, largest first, then by name.
pub fn ranked(totals: &BTreeMap<String, u64>, prefix: &str) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = totals
        .iter()
        .filter_map(|(k, n)| Some((k.strip_prefix(prefix)?.to_owned(), *n)))
        .filter(|(_, n)| *n > 0)
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// The sum of the counters under `prefix`.
pub fn sum(totals: &BTreeMap<String, u64>, prefix: &str) -> u64 {
    totals
        .iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .map(|(_, n)| *n)
        .sum()
}

/// Per day (over every device), the sum of the counters under `prefix`, in date order.
pub fn per_day(days: &[DayCounts], prefix: &str) -> Vec<(String, u64)> {
    let mut out: BTreeMap<&str, u64> = BTreeMap::new();
    for d in days {
        let n: u64 = d
            .counts
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, n)| *n)
            .sum();
        *out.entry(&d.day).or_default() += n;
    }
    out.into_iter().map(|(d, n)| (d.to_owned(), n)).collect()
}

/// Per day (over every device), the value of one counter, in date order.
pub fn per_day_of(days: &[DayCounts], counter: &str) -> Vec<(String, u64)> {
    let mut out: BTreeMap<&str, u64> = BTreeMap::new();
    for d in days {
        *out.entry(&d.day).or_default() += d.counts.get(counter).copied().unwrap_or(0);
    }
    out.into_iter().map(|(d, n)| (d.to_owned(), n)).collect()
}

/// Interest in a design: its page opened and its shortlisting.
pub fn design_interest(totals: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    for prefix in ["view.design.", "shortlist."] {
        for (id, n) in ranked(totals, prefix) {
            // Shortlisted custom requests and motifs are not designs.
            if prefix == "shortlist." && id.contains(':') {
                continue;
            }
            *out.entry(id).or_default() += n;
        }
    }
    out
}

/// One subject of a ranking: its interest and the inquiries about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// A design's or motif's id, a form's key, a custom request's item key.
    pub key: String,
    pub interest: u64,
    pub inquiries: u64,
}

/// What the insights page ranks, each largest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rankings {
    pub designs: Vec<Ranked>,
    /// A motif's interest: its page, and the pages and shortlistings of its designs.
    pub motifs: Vec<Ranked>,
    /// A form's interest: its designs'.
    pub forms: Vec<Ranked>,
    /// Asked for but not in the catalogue: custom requests and mixer designs; the interest of one is
    /// how often it was kept, and these rank by inquiries first.
    pub custom: Vec<Ranked>,
}

/// Ranks subjects by interest then inquiries (then key, so that ties read the same each time); the
/// first `top` of each, every custom request.
pub fn rankings(totals: &BTreeMap<String, u64>, c: &Catalogue, top: usize) -> Rankings {
    let designs = design_interest(totals);
    let mut motifs: BTreeMap<String, u64> = ranked(totals, "view.motif.").into_iter().collect();
    let mut forms: BTreeMap<String, u64> = BTreeMap::new();
    for (id, n) in &designs {
        if let Some(d) = c.design(id) {
            for m in &d.motifs {
                *motifs.entry(m.to_string()).or_default() += n;
            }
            *forms.entry(d.form.key().to_owned()).or_default() += n;
        }
    }
    let asked =
        |prefix: &str| -> BTreeMap<String, u64> { ranked(totals, prefix).into_iter().collect() };
    let mut custom = side_by_side(
        &ranked(totals, "mix_kept.").into_iter().collect(),
        &asked("inquiry.custom."),
    );
    custom.sort_by(|a, b| {
        (b.inquiries, b.interest)
            .cmp(&(a.inquiries, a.interest))
            .then_with(|| a.key.cmp(&b.key))
    });
    let first = |mut v: Vec<Ranked>| {
        v.truncate(top);
        v
    };
    Rankings {
        designs: first(side_by_side(&designs, &asked("inquiry.design."))),
        motifs: first(side_by_side(&motifs, &asked("inquiry.motif."))),
        forms: first(side_by_side(&forms, &asked("inquiry.form."))),
        custom,
    }
}

/// Every key of either map with both numbers, by interest then inquiries, largest first.
fn side_by_side(
    interest: &BTreeMap<String, u64>,
    inquiries: &BTreeMap<String, u64>,
) -> Vec<Ranked> {
    let keys: BTreeSet<&String> = interest.keys().chain(inquiries.keys()).collect();
    let mut rows: Vec<Ranked> = keys
        .into_iter()
        .map(|k| Ranked {
            key: k.clone(),
            interest: interest.get(k).copied().unwrap_or(0),
            inquiries: inquiries.get(k).copied().unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| {
        (b.interest, b.inquiries)
            .cmp(&(a.interest, a.inquiries))
            .then_with(|| a.key.cmp(&b.key))
    });
    rows
}

/// Inquiries per design page opened, in percent: how often looking became asking. `None` before any
/// design was opened.
pub fn conversion_percent(totals: &BTreeMap<String, u64>) -> Option<f64> {
    let views = sum(totals, "view.design.");
    let asked = sum(totals, "inquiry.design.");
    (views > 0).then(|| asked as f64 * 100.0 / views as f64)
}

/// The export file: the format, its version and the device-days.
#[derive(Serialize, Deserialize)]
struct ExportFile {
    format: String,
    version: u32,
    days: Vec<DayCounts>,
}

pub fn export_json(days: &[DayCounts]) -> String {
    serde_json::to_string_pretty(&ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        days: days.to_vec(),
    })
    .unwrap_or_default()
}

/// The header of the CSV export: one row per device, day and counter.
pub const CSV_COLUMNS: [&str; 4] = ["device", "day", "counter", "count"];

/// The same counts as CSV for a spreadsheet (UTF-8 with a BOM, CRLF): one row per device, day and
/// counter. Reads back with [`import`].
pub fn export_csv(days: &[DayCounts]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for d in days {
        for (k, n) in &d.counts {
            out.push_str(&format!(
                "{},{},{},{n}\r\n",
                csv_cell(&d.device),
                csv_cell(&d.day),
                csv_cell(k)
            ));
        }
    }
    out
}

/// Why a file was not imported; nothing already counted changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    TooLarge {
        max_mb: u64,
    },
    /// Neither an insights export in JSON nor one in CSV.
    NotAnExport,
    /// From a newer version of the app, which may count differently.
    NewerVersion {
        found: u32,
    },
    /// An export of ours, but damaged: what is wrong, with where.
    Damaged {
        detail: String,
    },
}

/// Reads an export (JSON or CSV). Every device-day must be well formed; one bad row refuses the file.
pub fn import(text: &str) -> Result<Vec<DayCounts>, ImportProblem> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportProblem::TooLarge {
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let text = text.trim_start_matches('\u{feff}');
    let days = if text.trim_start().starts_with('{') {
        import_json(text)?
    } else if text.starts_with(&CSV_COLUMNS.join(",")) {
        import_csv(text)?
    } else {
        return Err(ImportProblem::NotAnExport);
    };
    for d in &days {
        check(d)?;
    }
    Ok(merge(&days, &[]))
}

fn import_json(text: &str) -> Result<Vec<DayCounts>, ImportProblem> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportProblem::Damaged {
            detail: e.to_string(),
        })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportProblem::NotAnExport);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => {
            return Err(ImportProblem::NewerVersion {
                found: u32::try_from(v).unwrap_or(u32::MAX),
            });
        }
        Some(_) => {}
        None => {
            return Err(ImportProblem::Damaged {
                detail: "version".into(),
            });
        }
    }
    let file: ExportFile = serde_json::from_value(value).map_err(|e| ImportProblem::Damaged {
        detail: e.to_string(),
    })?;
    Ok(file.days)
}

fn import_csv(text: &str) -> Result<Vec<DayCounts>, ImportProblem> {
    let mut days: BTreeMap<(String, String), DayCounts> = BTreeMap::new();
    for (i, row) in parse_csv(text).into_iter().enumerate().skip(1) {
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        let damaged = || ImportProblem::Damaged {
            detail: format!("row {}", i + 1),
        };
        let [device, day, counter, count] = <[String; 4]>::try_from(row).map_err(|_| damaged())?;
        let count: u64 = count.parse().map_err(|_| damaged())?;
        // A counter that a spreadsheet would have read as a formula was written with an apostrophe.
        let counter = counter.strip_prefix('\'').unwrap_or(&counter).to_owned();
        days.entry((device.clone(), day.clone()))
            .or_insert_with(|| DayCounts {
                device,
                day,
                counts: BTreeMap::new(),
            })
            .add(&counter, count);
    }
    Ok(days.into_values().collect())
}

fn check(d: &DayCounts) -> Result<(), ImportProblem> {
    let damaged = |what: &str| ImportProblem::Damaged {
        detail: format!("{what} ({} {})", d.device, d.day),
    };
    let device_ok = !d.device.is_empty()
        && d.device.len() <= 64
        && d.device
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !device_ok {
        return Err(damaged("device"));
    }
    if !is_day(&d.day) {
        return Err(damaged("day"));
    }
    if d.counts.keys().any(|k| k.is_empty() || k.len() > 200) {
        return Err(damaged("counter"));
    }
    Ok(())
}

/// `YYYY-MM-DD` with a month and day that exist in some year.
pub fn is_day(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}
