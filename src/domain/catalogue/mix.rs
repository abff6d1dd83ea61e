//! A configuration of the design mixer: a form, a motif family with its own parameters, techniques,
//! finish, fineness and size. Plain data, so that it can be an item like any other (shortlisted, pinned
//! to a board, asked for in an inquiry); what it weighs, costs and looks like is the studio's
//! (`studio::mixer`).
//!
//! Reading one never fails: a value out of range is moved to the nearest valid one, an unknown one falls
//! back to the default, and each such change is reported as an [`Adjustment`] so that a page can say
//! what it changed.

use std::ops::RangeInclusive;

use super::model::{FINENESSES, Finish, Form, MotifFamily, Technique};

/// Size as a share of the form's usual dimensions, in percent.
pub const SIZE_RANGE: RangeInclusive<u8> = 60..=160;
/// The size slider's step, in percent.
pub const SIZE_STEP: u8 = 5;
pub const DENSITY_RANGE: RangeInclusive<u8> = 1..=5;
/// One configuration of the mixer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mix {
    pub form: Form,
    pub motif: MotifFamily,
    /// Rays, petals or scrolls; ignored by the families without a count ([`count_range`]).
    pub count: u8,
    pub density: u8,
    /// In the order of [`Technique::ALL`], no repeats.
    pub techniques: Vec<Technique>,
    pub finish: Finish,
    pub fineness: u16,
    pub size: u8,
}

impl Default for Mix {
    fn default() -> Self {
        Mix {
            form: Form::Pendant,
            motif: MotifFamily::MajapahitSun,
            count: 8,
            density: 3,
            techniques: vec![Technique::Casting],
            finish: Finish::Polished,
            fineness: 925,
            size: 100,
        }
    }
}

/// What the count of a family counts, and its range; `None` for the families defined by their shape.
pub fn count_range(family: MotifFamily) -> Option<RangeInclusive<u8>> {
    match family {
        MotifFamily::MajapahitSun => Some(4..=24),
        MotifFamily::Lotus => Some(5..=16),
        MotifFamily::Rosette => Some(4..=12),
        MotifFamily::Scroll => Some(2..=8),
        MotifFamily::Kawung
        | MotifFamily::KalaMakara
        | MotifFamily::MojokertoBatik
        | MotifFamily::Geometric => None,
    }
}

/// The count a family has in the catalogue's own designs.
pub fn default_count(family: MotifFamily) -> u8 {
    match family {
        MotifFamily::MajapahitSun | MotifFamily::Lotus => 8,
        MotifFamily::Rosette => 6,
        MotifFamily::Scroll => 4,
        _ => 0,
    }
}

/// Whether density changes a family's drawing.
pub fn has_density(family: MotifFamily) -> bool {
    !matches!(
        family,
        MotifFamily::Kawung | MotifFamily::KalaMakara | MotifFamily::Geometric
    )
}

/// A value from a link that was not used as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment {
    /// The URL parameter.
    pub field: &'static str,
    pub given: String,
    /// What is used instead, as it would be written in a link.
    pub used: String,
}

/// Longest value read from a link; anything longer is not a value of ours.
const VALUE_MAX: usize = 80;

impl Mix {
    /// Reads a configuration from a link's parameters over `base` (the default, or the item the maker
    /// started from). Unknown parameters are ignored; every value not used as given is reported.
    pub fn from_pairs<'a>(
        base: Mix,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Mix, Vec<Adjustment>) {
        let mut mix = base;
        let mut notes = Vec::new();
        let mut count_given = None;
        let mut density_given = None;
        for (key, value) in pairs {
            let value: String = value.chars().take(VALUE_MAX).collect();
            let note = |notes: &mut Vec<Adjustment>, field, used: String| {
                notes.push(Adjustment {
                    field,
                    given: value.clone(),
                    used,
                })
            };
            match key {
                "form" => match Form::from_key(&value) {
                    Some(f) => mix.form = f,
                    None => note(&mut notes, "form", mix.form.key().into()),
                },
                "motif" => match MotifFamily::from_key(&value) {
                    Some(f) => mix.motif = f,
                    None => note(&mut notes, "motif", mix.motif.key().into()),
                },
                // Clamped once the family is known: its range depends on it.
                "count" => count_given = Some(value),
                // Read once the family is known: a family without density takes none, and says nothing.
                "density" => density_given = Some(value),
                "size" => {
                    let (clamped, changed) = clamp_number(&value, SIZE_RANGE, mix.size);
                    // The slider moves in steps of SIZE_STEP; a size between them could never be reached
                    // again with its buttons.
                    let used = round_to_step(clamped);
                    mix.size = used;
                    if changed || used != clamped {
                        note(&mut notes, "size", used.to_string());
                    }
                }
                "finish" => match Finish::from_key(&value) {
                    Some(f) => mix.finish = f,
                    None => note(&mut notes, "finish", mix.finish.key().into()),
                },
                "fineness" => match value.trim().parse::<i64>() {
                    Ok(f) if FINENESSES.iter().any(|x| i64::from(*x) == f) => {
                        mix.fineness = f as u16
                    }
                    parsed => {
                        // The nearest fineness the collective works in.
                        let used = parsed.map_or(mix.fineness, |f| {
                            FINENESSES
                                .iter()
                                .copied()
                                .min_by_key(|x| (i64::from(*x) - f).unsigned_abs())
                                .unwrap_or(mix.fineness)
                        });
                        mix.fineness = used;
                        note(&mut notes, "fineness", used.to_string());
                    }
                },
                "tech" => {
                    let mut known = Vec::new();
                    let mut unknown = false;
                    for part in value.split(',').filter(|p| !p.is_empty()) {
                        match Technique::from_key(part) {
                            Some(t) => known.push(t),
                            None => unknown = true,
                        }
                    }
                    // Only unknown names keep the techniques the design had: an empty list is a choice
                    // (a plain piece), a list of typos is not.
                    if !(unknown && known.is_empty()) {
                        mix.techniques = Technique::ALL
                            .into_iter()
                            .filter(|t| known.contains(t))
                            .collect();
                    }
                    if unknown {
                        note(&mut notes, "tech", techniques_key(&mix.techniques));
                    }
                }
                _ => {}
            }
        }
        if let Some(value) = density_given.filter(|_| has_density(mix.motif)) {
            mix.density = read_number("density", value, DENSITY_RANGE, mix.density, &mut notes);
        }
        match count_range(mix.motif) {
            Some(range) => {
                let fallback = if range.contains(&mix.count) {
                    mix.count
                } else {
                    default_count(mix.motif)
                };
                mix.count = match count_given {
                    Some(value) => read_number("count", value, range, fallback, &mut notes),
                    None => fallback,
                };
            }
            None => mix.count = 0,
        }
        (mix.normalised(), notes)
    }

    /// The parameters a family does not take set to one value, so that two configurations that draw,
    /// weigh and link alike are equal; a count that does not fit a newly chosen family becomes the
    /// family's own.
    pub fn normalised(mut self) -> Mix {
        match count_range(self.motif) {
            None => self.count = 0,
            Some(range) if !range.contains(&self.count) => self.count = default_count(self.motif),
            Some(_) => {}
        }
        if !has_density(self.motif) {
            self.density = Mix::default().density;
        }
        self
    }

    /// The link's parameters, in a fixed order; what [`Mix::from_pairs`] reads back unchanged.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![
            ("form", self.form.key().to_owned()),
            ("motif", self.motif.key().to_owned()),
        ];
        if count_range(self.motif).is_some() {
            pairs.push(("count", self.count.to_string()));
        }
        if has_density(self.motif) {
            pairs.push(("density", self.density.to_string()));
        }
        pairs.extend([
            ("tech", techniques_key(&self.techniques)),
            ("finish", self.finish.key().to_owned()),
            ("fineness", self.fineness.to_string()),
            ("size", self.size.to_string()),
        ]);
        pairs
    }
}
/// Techniques as a link writes them: keys joined by commas.
pub fn techniques_key(techniques: &[Technique]) -> String {
    techniques
        .iter()
        .map(|t| t.key())
        .collect::<Vec<_>>()
        .join(",")
}

fn round_to_step(size: u8) -> u8 {
    let step = u16::from(SIZE_STEP);
    let rounded = (u16::from(size) + step / 2) / step * step;
    (rounded as u8).clamp(*SIZE_RANGE.start(), *SIZE_RANGE.end())
}

/// A number from a link, clamped into range (`fallback` for what is not a number), with an adjustment
/// noted when what is used differs from what was given.
fn read_number(
    field: &'static str,
    given: String,
    range: RangeInclusive<u8>,
    fallback: u8,
    notes: &mut Vec<Adjustment>,
) -> u8 {
    let (used, changed) = clamp_number(&given, range, fallback);
    if changed {
        notes.push(Adjustment {
            field,
            given,
            used: used.to_string(),
        });
    }
    used
}

/// `(value used, whether it differs from what was given)`: a number is clamped into range, anything else
/// gives `fallback`.
fn clamp_number(value: &str, range: RangeInclusive<u8>, fallback: u8) -> (u8, bool) {
    match value.trim().parse::<i64>() {
        Ok(n) => {
            let used = n.clamp(i64::from(*range.start()), i64::from(*range.end())) as u8;
            (used, i64::from(used) != n || value.trim() != value)
        }
        Err(_) => (fallback, true),
    }
}

/// The parameters of a mixer link besides `from` and `vary`, in the order `Mix::to_pairs` writes them.
pub const LINK_KEYS: [&str; 8] = [
    "form", "motif", "count", "density", "tech", "finish", "fineness", "size",
];

/// Marks a mixer design's item key.
pub const KEY_PREFIX: &str = "mix:";

impl Mix {
    /// The configuration as one item key, `mix:` then every parameter in [`LINK_KEYS`] order joined by
    /// dots (`mix:drop_earring.lotus.8.3.casting,filigree.polished.925.100`): the form shortlists, boards'
    /// exports and inquiry lines carry, and a maker reading an inquiry can still decipher.
    pub fn key(&self) -> String {
        let m = self.clone().normalised();
        format!(
            "{KEY_PREFIX}{}.{}.{}.{}.{}.{}.{}.{}",
            m.form.key(),
            m.motif.key(),
            m.count,
            m.density,
            techniques_key(&m.techniques),
            m.finish.key(),
            m.fineness,
            m.size
        )
    }

    /// Reads [`Mix::key`]'s form (with its prefix). A number out of range is moved into it, as in a
    /// link; an unknown form or motif, or a wrong number of parts, names no design: `None`.
    pub fn from_key(key: &str) -> Option<Mix> {
        let parts: Vec<&str> = key.strip_prefix(KEY_PREFIX)?.split('.').collect();
        if parts.len() != LINK_KEYS.len() {
            return None;
        }
        let (mix, adjusted) = Mix::from_pairs(Mix::default(), LINK_KEYS.into_iter().zip(parts));
        let shape_unknown = adjusted
            .iter()
            .any(|a| a.field == "form" || a.field == "motif");
        (!shape_unknown).then_some(mix)
    }
}
