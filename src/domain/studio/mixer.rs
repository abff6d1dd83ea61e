//! The design mixer: a maker sets a form, a motif with its own parameters, techniques, finish, fineness
//! and size, and sees the drawing, the estimated weight and the price before any silver is cut.
//!
//! A configuration is plain data that lives in the URL. Reading a link never fails: a value out of range
//! is moved to the nearest valid one, an unknown one falls back to the default, and each such change is
//! reported as an [`Adjustment`] so that the page can say what it changed.

use std::ops::RangeInclusive;

use crate::domain::ItemRef;
use crate::domain::catalogue::model::{
    Catalogue, Dimensions, FINENESSES, Finish, Form, MotifFamily, Scale, Technique,
};
use crate::domain::pricing::price::{Price, price};
use crate::domain::pricing::weight::estimate_grams;
use crate::domain::render::{ArtSpec, MotifDetail, seed_of};
use crate::domain::studio::compare::typical_dimensions;

/// Size as a share of the form's usual dimensions, in percent.
pub const SIZE_RANGE: RangeInclusive<u8> = 60..=160;
/// The size slider's step, in percent.
pub const SIZE_STEP: u8 = 5;
pub const DENSITY_RANGE: RangeInclusive<u8> = 1..=5;
/// How many variations the grid shows.
pub const VARIATIONS: usize = 12;
/// Undo keeps this many steps.
pub const HISTORY_MAX: usize = 50;

/// One configuration of the mixer.
#[derive(Clone, Debug, PartialEq)]
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
            let (used, changed) = clamp_number(&value, DENSITY_RANGE, mix.density);
            mix.density = used;
            if changed {
                notes.push(Adjustment {
                    field: "density",
                    given: value,
                    used: used.to_string(),
                });
            }
        }
        match count_range(mix.motif) {
            Some(range) => {
                let fallback = if range.contains(&mix.count) {
                    mix.count
                } else {
                    default_count(mix.motif)
                };
                match count_given {
                    Some(value) => {
                        let (used, changed) = clamp_number(&value, range, fallback);
                        mix.count = used;
                        if changed {
                            notes.push(Adjustment {
                                field: "count",
                                given: value,
                                used: used.to_string(),
                            });
                        }
                    }
                    None => mix.count = fallback,
                }
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

    /// A starting point from a catalogue item: a design as it is made, a motif on a pendant, a trend's
    /// form, scale and finish with the village's sun, a sketch as the compare studio draws it.
    pub fn from_item(c: &Catalogue, item: &ItemRef) -> Option<Mix> {
        let size_of_scale = |s: Scale| match s {
            Scale::Fine => 80,
            Scale::Medium => 100,
            Scale::Chunky => 130,
        };
        let with_family = |mut mix: Mix, family: MotifFamily| {
            mix.motif = family;
            mix.count = default_count(family);
            mix
        };
        match item {
            ItemRef::Design(id) => {
                let d = c.design(id.as_str())?;
                let family = c.lead_motif(d).map_or(MotifFamily::Geometric, |m| m.family);
                let mix = Mix {
                    form: d.form,
                    techniques: Technique::ALL
                        .into_iter()
                        .filter(|t| d.techniques.contains(t))
                        .collect(),
                    finish: d.finish,
                    fineness: d.fineness,
                    size: size_of_scale(crate::domain::render::scale_of(d)),
                    ..Mix::default()
                };
                Some(with_family(mix, family))
            }
            ItemRef::Motif(id) => Some(with_family(Mix::default(), c.motif(id.as_str())?.family)),
            ItemRef::Trend(id) => {
                let t = c.trend(id.as_str())?;
                let mix = Mix {
                    form: t.attributes.forms.first().copied().unwrap_or(Form::Pendant),
                    finish: t.attributes.finish,
                    size: size_of_scale(t.attributes.scale),
                    ..Mix::default()
                };
                Some(mix)
            }
            ItemRef::Sketch { motif, trend } => {
                let s = crate::domain::studio::compare::sketch(c, motif.as_str(), trend.as_str())?;
                let family = c.motif(motif.as_str())?.family;
                let mix = Mix {
                    form: s.form,
                    techniques: Technique::ALL
                        .into_iter()
                        .filter(|t| s.techniques.contains(t))
                        .collect(),
                    finish: s.finish,
                    size: size_of_scale(s.scale),
                    ..Mix::default()
                };
                Some(with_family(mix, family))
            }
        }
    }

    /// The piece's dimensions: the form's usual ones (`usual_dimensions`) at this size.
    pub fn dimensions(&self, c: &Catalogue) -> Dimensions {
        let usual = usual_dimensions(c, self.form);
        let k = f64::from(self.size) / 100.0;
        Dimensions {
            width_mm: usual.width_mm * k,
            height_mm: usual.height_mm * k,
            // Larger pieces are made from slightly thicker sheet, so that they do not bend.
            depth_mm: usual.depth_mm * k.sqrt(),
        }
    }

    /// Estimated weight in grams: the geometric estimate of the catalogue, with more metal for a denser
    /// motif (a denser pattern leaves less of the face cut away).
    pub fn weight_g(&self, c: &Catalogue) -> f64 {
        let density = if has_density(self.motif) {
            0.85 + 0.05 * f64::from(self.density)
        } else {
            1.0
        };
        estimate_grams(
            self.form,
            &self.dimensions(c),
            self.fineness,
            &self.techniques,
        ) * density
    }

    /// The price at the catalogue's dated silver price and labour rates.
    pub fn price(&self, c: &Catalogue) -> Option<Price> {
        price(
            &c.settings,
            self.weight_g(c),
            self.fineness,
            &self.techniques,
        )
    }

    /// How the renderer draws it.
    pub fn art(&self) -> ArtSpec {
        ArtSpec {
            form: self.form,
            motif: Some(self.motif),
            techniques: self.techniques.clone(),
            finish: self.finish,
            scale: match self.size {
                0..=84 => Scale::Fine,
                85..=119 => Scale::Medium,
                _ => Scale::Chunky,
            },
            seed: seed_of(&techniques_key(&self.techniques)),
            detail: Some(MotifDetail {
                count: self.count,
                density: self.density,
            }),
        }
    }
}

/// A form's usual size: the median of each dimension over the catalogue's designs of that form, so that
/// a new design is sized like the village's own pieces; the compare studio's typical size for a form the
/// catalogue has none of.
pub fn usual_dimensions(c: &Catalogue, form: Form) -> Dimensions {
    let median = |pick: fn(&Dimensions) -> f64| {
        let mut v: Vec<f64> = c
            .designs
            .iter()
            .filter(|d| d.form == form)
            .map(|d| pick(&d.dimensions))
            .filter(|x| x.is_finite())
            .collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied()
    };
    match (
        median(|d| d.width_mm),
        median(|d| d.height_mm),
        median(|d| d.depth_mm),
    ) {
        (Some(width_mm), Some(height_mm), Some(depth_mm)) => Dimensions {
            width_mm,
            height_mm,
            depth_mm,
        },
        _ => typical_dimensions(form, Scale::Medium),
    }
}

fn techniques_key(techniques: &[Technique]) -> String {
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

/// Twelve neighbours of `base`, the same for the same seed: each changes one or two parameters by a
/// step a maker would try (a few more rays, a denser motif, a size up or down, another finish, a
/// neighbouring motif family). None repeats `base` or another.
pub fn variations(base: &Mix, seed: u64) -> Vec<Mix> {
    let mut rng = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut out: Vec<Mix> = Vec::with_capacity(VARIATIONS);
    // Enough tries that a configuration with few free parameters still fills the grid.
    for _ in 0..VARIATIONS * 40 {
        if out.len() == VARIATIONS {
            break;
        }
        let mut m = base.clone();
        let changes = 1 + (next() % 2) as usize;
        for _ in 0..changes {
            change_one(&mut m, next());
        }
        let m = m.normalised();
        if m != *base && !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

fn change_one(m: &mut Mix, r: u64) {
    let step = |r: u64| if r & 1 == 0 { -1i16 } else { 1 };
    let nudge = |v: u8, by: i16, range: RangeInclusive<u8>| {
        (i16::from(v) + by).clamp(i16::from(*range.start()), i16::from(*range.end())) as u8
    };
    match (r >> 1) % 6 {
        0 => {
            if let Some(range) = count_range(m.motif) {
                m.count = nudge(m.count, step(r >> 4) * (1 + ((r >> 5) % 3) as i16), range);
            } else {
                m.size = nudge(m.size, step(r >> 4) * 10, SIZE_RANGE);
            }
        }
        1 => m.density = nudge(m.density, step(r >> 4), DENSITY_RANGE),
        2 => m.size = nudge(m.size, step(r >> 4) * 10, SIZE_RANGE),
        3 => {
            let i = Finish::ALL.iter().position(|f| *f == m.finish).unwrap_or(0);
            m.finish = Finish::ALL[(i + 1 + (r >> 4) as usize % 3) % Finish::ALL.len()];
        }
        4 => {
            let i = MotifFamily::ALL
                .iter()
                .position(|f| *f == m.motif)
                .unwrap_or(0);
            let n = MotifFamily::ALL.len();
            let j = if r & 16 == 0 { i + 1 } else { i + n - 1 };
            m.motif = MotifFamily::ALL[j % n];
            m.count = default_count(m.motif);
        }
        _ => {
            let t = Technique::ALL[(r >> 4) as usize % Technique::ALL.len()];
            if m.techniques.contains(&t) {
                if m.techniques.len() > 1 {
                    m.techniques.retain(|x| *x != t);
                }
            } else {
                m.techniques.push(t);
                m.techniques = Technique::ALL
                    .into_iter()
                    .filter(|x| m.techniques.contains(x))
                    .collect();
            }
        }
    }
}

/// The parameters of a mixer link besides `from` and `vary`, in the order `Mix::to_pairs` writes them.
pub const LINK_KEYS: [&str; 8] = [
    "form", "motif", "count", "density", "tech", "finish", "fineness", "size",
];

/// What a mixer link says: the configuration, what had to be changed to read it, the catalogue item it
/// started from and the seed of the open variations grid.
#[derive(Clone, Debug, PartialEq)]
pub struct MixLink {
    pub mix: Mix,
    pub adjusted: Vec<Adjustment>,
    pub from: Option<ItemRef>,
    pub vary: Option<u64>,
}

impl MixLink {
    /// Reads a link through `get` (a parameter's value by name). `from` gives the starting design when
    /// the catalogue has that item; the parameters then change it. An item the catalogue does not have
    /// and a seed that is not a number are reported with the other adjustments.
    pub fn read(c: &Catalogue, get: impl Fn(&str) -> Option<String>) -> MixLink {
        let mut unread = Vec::new();
        let from_given = get("from");
        let from = from_given
            .as_deref()
            .and_then(ItemRef::parse)
            .filter(|f| f.exists(c));
        if let (Some(given), None) = (from_given, &from) {
            unread.push(Adjustment {
                field: "from",
                given,
                used: String::new(),
            });
        }
        let vary_given = get("vary");
        let vary = vary_given.as_deref().and_then(|v| v.parse().ok());
        if let (Some(given), None) = (vary_given, vary) {
            unread.push(Adjustment {
                field: "vary",
                given,
                used: String::new(),
            });
        }
        let base = from
            .as_ref()
            .and_then(|f| Mix::from_item(c, f))
            .unwrap_or_default();
        let pairs: Vec<(&str, String)> = LINK_KEYS
            .iter()
            .filter_map(|k| get(k).map(|v| (*k, v)))
            .collect();
        let (mix, mut adjusted) =
            Mix::from_pairs(base, pairs.iter().map(|(k, v)| (*k, v.as_str())));
        adjusted.extend(unread);
        MixLink {
            mix,
            adjusted,
            from,
            vary,
        }
    }
}

/// Undo and redo over configurations: every change pushes the one before; a change after undoing
/// drops what could have been redone, as editors do. Changes of one control in a row (a slider dragged,
/// its + pressed five times) are one step, so that undo takes back the gesture, not each pixel of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Mix>,
    future: Vec<Mix>,
    /// The control of the last recorded change, while the next change may still join it.
    last: Option<&'static str>,
}

impl History {
    /// Records that `before` was replaced by a new configuration through `control` (a slider's or a
    /// field's name; `None` for a change that always stands alone, such as picking a variation).
    pub fn changed(&mut self, before: Mix, control: Option<&'static str>) {
        let joins = control.is_some() && control == self.last && !self.past.is_empty();
        if !joins && self.past.last() != Some(&before) {
            self.past.push(before);
            if self.past.len() > HISTORY_MAX {
                self.past.remove(0);
            }
        }
        self.last = control;
        self.future.clear();
    }

    /// The configuration to go back to, given the current one.
    pub fn undo(&mut self, current: Mix) -> Option<Mix> {
        let before = self.past.pop()?;
        self.future.push(current);
        self.last = None;
        Some(before)
    }

    pub fn redo(&mut self, current: Mix) -> Option<Mix> {
        let after = self.future.pop()?;
        self.past.push(current);
        self.last = None;
        Some(after)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// What a variation changed from `base`, as link parameters (`count`, `size`, …), for naming it.
pub fn differences(base: &Mix, other: &Mix) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut differs = |field, d: bool| {
        if d {
            out.push(field)
        }
    };
    differs("form", base.form != other.form);
    differs("motif", base.motif != other.motif);
    differs(
        "count",
        base.count != other.count && count_range(other.motif).is_some(),
    );
    differs(
        "density",
        base.density != other.density && has_density(other.motif),
    );
    differs("tech", base.techniques != other.techniques);
    differs("finish", base.finish != other.finish);
    differs("fineness", base.fineness != other.fineness);
    differs("size", base.size != other.size);
    out
}

#[cfg(test)]
mod tests;
