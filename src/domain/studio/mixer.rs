//! The design mixer: a maker sets a form, a motif with its own parameters, techniques, finish, fineness
//! and size, and sees the drawing, the estimated weight and the price before any silver is cut.
//!
//! A configuration ([`Mix`], `catalogue::mix`) is plain data that lives in the URL and is an item like
//! any other; this module gives it a drawing, a weight and a price, neighbours, and an undo history.

use std::ops::RangeInclusive;

use crate::domain::ItemRef;
pub use crate::domain::catalogue::mix::{
    Adjustment, DENSITY_RANGE, LINK_KEYS, Mix, SIZE_RANGE, SIZE_STEP, count_range, default_count,
    has_density, techniques_key,
};
use crate::domain::catalogue::model::{
    Catalogue, Dimensions, Finish, Form, MotifFamily, Scale, Technique,
};
use crate::domain::pricing::price::{Price, price};
use crate::domain::pricing::weight::estimate_grams;
use crate::domain::render::{ArtSpec, MotifDetail, seed_of};
use crate::domain::studio::compare::typical_dimensions;

/// How many variations the grid shows.
pub const VARIATIONS: usize = 12;
/// Undo keeps this many steps.
pub const HISTORY_MAX: usize = 50;

impl Mix {
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
            ItemRef::Mix(m) => Some(m.clone()),
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

    /// The catalogue's word for its size, for drawing and comparing.
    pub fn scale(&self) -> Scale {
        match self.size {
            0..=84 => Scale::Fine,
            85..=119 => Scale::Medium,
            _ => Scale::Chunky,
        }
    }

    /// How the renderer draws it.
    pub fn art(&self) -> ArtSpec {
        ArtSpec {
            form: self.form,
            motif: Some(self.motif),
            techniques: self.techniques.clone(),
            finish: self.finish,
            scale: self.scale(),
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
