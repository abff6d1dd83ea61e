//! The compare studio's rules: what can be compared (any item: designs, motifs, trend references, sketches), the URL state,
//! each item's attribute profile, where two profiles differ, and the adaptation sketch that draws a
//! traditional motif in a trend's form, scale and finish.

use crate::domain::catalogue::item::ItemRef;
use crate::domain::catalogue::model::{
    Catalogue, Design, Dimensions, Finish, Form, Motif, MotifFamily, Scale, Technique,
    TrendReference,
};
use crate::domain::pricing::price::{Price, price};
use crate::domain::pricing::weight::estimate_grams;
use crate::domain::render::{ArtSpec, scale_of, seed_of};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Side,
    Overlay,
    Swipe,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Side, Mode::Overlay, Mode::Swipe];

    pub fn key(self) -> &'static str {
        match self {
            Mode::Side => "side",
            Mode::Overlay => "overlay",
            Mode::Swipe => "swipe",
        }
    }

    pub fn from_key(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == s)
    }
}

/// Everything about a comparison that a maker would want to share or reload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareQuery {
    pub left: Option<ItemRef>,
    pub right: Option<ItemRef>,
    pub mode: Mode,
    /// Opacity of the right side over the left in overlay mode, percent.
    pub opacity: u8,
    /// Where the swipe divider stands, percent from the left.
    pub divider: u8,
}

impl Default for CompareQuery {
    fn default() -> Self {
        CompareQuery {
            left: None,
            right: None,
            mode: Mode::Side,
            opacity: 50,
            divider: 50,
        }
    }
}

impl CompareQuery {
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> CompareQuery {
        let mut q = CompareQuery::default();
        for (k, v) in pairs {
            match k {
                "left" => q.left = ItemRef::parse(v),
                "right" => q.right = ItemRef::parse(v),
                "mode" => q.mode = Mode::from_key(v).unwrap_or_default(),
                "opacity" => q.opacity = v.parse::<u8>().map_or(50, |n| n.min(100)),
                "divider" => q.divider = v.parse::<u8>().map_or(50, |n| n.min(100)),
                _ => {}
            }
        }
        q
    }

    /// Only what differs from the defaults, so links stay short.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(l) = &self.left {
            out.push(("left", l.key()));
        }
        if let Some(r) = &self.right {
            out.push(("right", r.key()));
        }
        if self.mode != Mode::Side {
            out.push(("mode", self.mode.key().to_owned()));
        }
        if self.opacity != 50 {
            out.push(("opacity", self.opacity.to_string()));
        }
        if self.divider != 50 {
            out.push(("divider", self.divider.to_string()));
        }
        out
    }
}

/// A percentage moved by `delta` points, kept within 0..=100.
pub fn step_percent(value: u8, delta: i16) -> u8 {
    (i16::from(value) + delta).clamp(0, 100) as u8
}

/// A motif meeting a trend, with the curators' note to makers.
pub struct Pair<'a> {
    pub motif: &'a Motif,
    pub trend: &'a TrendReference,
    pub note: &'a crate::domain::catalogue::model::Localized,
}

impl Catalogue {
    pub fn pairs(&self) -> Vec<Pair<'_>> {
        self.trends
            .iter()
            .flat_map(|t| {
                t.pairs.iter().filter_map(move |p| {
                    Some(Pair {
                        motif: self.motifs.iter().find(|m| m.id == p.motif)?,
                        trend: t,
                        note: &p.note,
                    })
                })
            })
            .collect()
    }
}

/// The attributes the studio compares. Lists are sorted and deduplicated; ranges are (low, high).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub forms: Vec<Form>,
    pub scales: Vec<Scale>,
    pub weight_g: Option<(f64, f64)>,
    pub techniques: Vec<Technique>,
    pub finishes: Vec<Finish>,
    pub texture: Option<crate::domain::catalogue::model::Localized>,
    pub markets: Vec<String>,
    pub price_idr: Option<(u64, u64)>,
}

fn sorted<T: Ord + Clone>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v.dedup();
    v
}

fn range(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values.into_iter().fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

fn designs_profile(c: &Catalogue, designs: &[&Design]) -> Profile {
    Profile {
        forms: sorted(designs.iter().map(|d| d.form).collect()),
        scales: sorted(designs.iter().map(|d| scale_of(d)).collect()),
        weight_g: range(designs.iter().map(|d| d.weight_g)),
        techniques: sorted(
            designs
                .iter()
                .flat_map(|d| d.techniques.iter().copied())
                .collect(),
        ),
        finishes: sorted(designs.iter().map(|d| d.finish).collect()),
        texture: None,
        markets: Vec::new(),
        price_idr: range(designs.iter().filter_map(|d| {
            crate::domain::pricing::price::quote(&c.settings, d, None, None).map(|p| p.idr as f64)
        }))
        .map(|(lo, hi)| (lo as u64, hi as u64)),
    }
}

/// A piece's typical outer size for a form at a scale, for drawing and weighing what does not exist yet.
pub fn typical_dimensions(form: Form, scale: Scale) -> Dimensions {
    let (w, h, d) = match form {
        Form::Ring => (20.0, 8.0, 2.0),
        Form::Stud => (10.0, 10.0, 2.0),
        Form::DropEarring => (14.0, 30.0, 1.5),
        Form::Hoop => (28.0, 28.0, 2.5),
        Form::Pendant => (24.0, 30.0, 2.0),
        Form::Necklace => (140.0, 160.0, 1.5),
        Form::Bracelet => (60.0, 60.0, 2.5),
        Form::Cuff => (60.0, 25.0, 2.0),
        Form::Brooch => (40.0, 40.0, 2.0),
        Form::Tiara => (150.0, 45.0, 1.5),
    };
    let (size, thick) = match scale {
        Scale::Fine => (0.7, 0.6),
        Scale::Medium => (1.0, 1.0),
        Scale::Chunky => (1.2, 2.0),
    };
    Dimensions {
        width_mm: w * size,
        height_mm: h * size,
        depth_mm: d * thick,
    }
}

const SKETCH_FINENESS: u16 = 925;

/// A trend reference has no weight of its own: its profile weighs and prices its forms at its scale in
/// sterling silver.
fn trend_profile(c: &Catalogue, t: &TrendReference) -> Profile {
    let a = &t.attributes;
    let weights: Vec<f64> = a
        .forms
        .iter()
        .map(|f| estimate_grams(*f, &typical_dimensions(*f, a.scale), SKETCH_FINENESS, &[]))
        .collect();
    Profile {
        forms: sorted(a.forms.clone()),
        scales: vec![a.scale],
        weight_g: range(weights.iter().copied()),
        techniques: Vec::new(),
        finishes: vec![a.finish],
        texture: Some(a.texture.clone()),
        markets: sorted(a.markets.clone()),
        price_idr: range(
            weights
                .iter()
                .filter_map(|w| price(&c.settings, *w, SKETCH_FINENESS, &[]))
                .map(|p| p.idr as f64),
        )
        .map(|(lo, hi)| (lo as u64, hi as u64)),
    }
}

/// An item's profile; a motif's is that of the designs that use it.
pub fn profile(c: &Catalogue, item: &ItemRef) -> Option<Profile> {
    match item {
        ItemRef::Design(id) => Some(designs_profile(c, &[c.design(id)?])),
        ItemRef::Motif(id) => {
            c.motif(id)?;
            let ds: Vec<&Design> = c.designs_with_motif(id).collect();
            Some(designs_profile(c, &ds))
        }
        ItemRef::Trend(id) => Some(trend_profile(c, c.trend(id)?)),
        ItemRef::Sketch { .. } => {
            let s = c.sketch_of(item)?;
            Some(Profile {
                forms: vec![s.form],
                scales: vec![s.scale],
                weight_g: Some((s.weight_g, s.weight_g)),
                techniques: sorted(s.techniques.clone()),
                finishes: vec![s.finish],
                texture: None,
                markets: Vec::new(),
                price_idr: s.price.map(|p| (p.idr, p.idr)),
            })
        }
        ItemRef::Mix(m) => {
            let weight = m.weight_g(c);
            Some(Profile {
                forms: vec![m.form],
                scales: vec![m.scale()],
                weight_g: Some((weight, weight)),
                techniques: m.techniques.clone(),
                finishes: vec![m.finish],
                texture: None,
                markets: Vec::new(),
                price_idr: m.price(c).map(|p| (p.idr, p.idr)),
            })
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribute {
    Form,
    Scale,
    Weight,
    Techniques,
    Finish,
    Texture,
    Markets,
    PriceBand,
}

impl Attribute {
    pub const ALL: [Attribute; 8] = [
        Attribute::Form,
        Attribute::Scale,
        Attribute::Weight,
        Attribute::Techniques,
        Attribute::Finish,
        Attribute::Texture,
        Attribute::Markets,
        Attribute::PriceBand,
    ];
}

fn overlaps(a: Option<(f64, f64)>, b: Option<(f64, f64)>) -> bool {
    match (a, b) {
        (Some((alo, ahi)), Some((blo, bhi))) => alo <= bhi && blo <= ahi,
        _ => true,
    }
}

/// Whether the two sides differ on an attribute. Lists differ when they share nothing (a ring-and-cuff
/// motif and a cuff trend agree on form); ranges differ when they do not overlap. What one side does not
/// state (a trend has no techniques, a motif no markets) is unknown, not a difference: the table shows a
/// dash there rather than a highlight a maker would have to second-guess.
pub fn differs(a: &Profile, b: &Profile, attr: Attribute) -> bool {
    fn lists<T: PartialEq>(x: &[T], y: &[T]) -> bool {
        !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v))
    }
    match attr {
        Attribute::Form => lists(&a.forms, &b.forms),
        Attribute::Scale => lists(&a.scales, &b.scales),
        Attribute::Weight => !overlaps(a.weight_g, b.weight_g),
        Attribute::Techniques => lists(&a.techniques, &b.techniques),
        Attribute::Finish => lists(&a.finishes, &b.finishes),
        Attribute::Texture => match (&a.texture, &b.texture) {
            (Some(x), Some(y)) => x.en != y.en,
            _ => false,
        },
        Attribute::Markets => lists(&a.markets, &b.markets),
        Attribute::PriceBand => !overlaps(
            a.price_idr.map(|(l, h)| (l as f64, h as f64)),
            b.price_idr.map(|(l, h)| (l as f64, h as f64)),
        ),
    }
}

/// The adaptation sketch: a motif drawn in a trend's first form, at its scale and finish, with the
/// techniques the village uses for that motif.
#[derive(Clone, Debug, PartialEq)]
pub struct Sketch {
    pub motif: String,
    pub trend: String,
    pub form: Form,
    pub scale: Scale,
    pub finish: Finish,
    pub techniques: Vec<Technique>,
    pub dimensions: Dimensions,
    pub weight_g: f64,
    pub price: Option<Price>,
}

/// A custom request's estimate, which shortlists and inquiries price it by.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomEstimate {
    pub weight_g: f64,
    /// `None` when the catalogue's settings cannot price it.
    pub price: Option<Price>,
    pub finish: Finish,
}

impl Sketch {
    pub fn id(&self) -> String {
        format!("{}+{}", self.motif, self.trend)
    }

    pub fn art(&self, family: MotifFamily) -> ArtSpec {
        ArtSpec {
            form: self.form,
            motif: Some(family),
            techniques: self.techniques.clone(),
            finish: self.finish,
            scale: self.scale,
            seed: seed_of(&self.id()),
            detail: None,
        }
    }
}

pub fn sketch(c: &Catalogue, motif_id: &str, trend_id: &str) -> Option<Sketch> {
    c.motif(motif_id)?;
    let t = c.trend(trend_id)?;
    let form = t.attributes.forms.first().copied().unwrap_or(Form::Pendant);
    // The village's usual techniques for this motif, most used first; casting when it has no designs.
    let mut counts: Vec<(Technique, usize)> = Vec::new();
    for d in c.designs_with_motif(motif_id) {
        for tech in &d.techniques {
            match counts.iter_mut().find(|(x, _)| x == tech) {
                Some((_, n)) => *n += 1,
                None => counts.push((*tech, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let mut techniques: Vec<Technique> = counts.into_iter().take(2).map(|(t, _)| t).collect();
    if techniques.is_empty() {
        techniques.push(Technique::Casting);
    }
    let dimensions = typical_dimensions(form, t.attributes.scale);
    let weight_g = estimate_grams(form, &dimensions, SKETCH_FINENESS, &techniques);
    Some(Sketch {
        motif: motif_id.to_owned(),
        trend: trend_id.to_owned(),
        form,
        scale: t.attributes.scale,
        finish: t.attributes.finish,
        price: price(&c.settings, weight_g, SKETCH_FINENESS, &techniques),
        techniques,
        dimensions,
        weight_g,
    })
}

impl Catalogue {
    /// The adaptation sketch an item stands for, when it is one and still drawable.
    pub fn sketch_of(&self, item: &ItemRef) -> Option<Sketch> {
        match item {
            ItemRef::Sketch { motif, trend } => sketch(self, motif.as_str(), trend.as_str()),
            _ => None,
        }
    }

    /// What a custom request (a sketch, a mixer design) is estimated to weigh and cost; `None` for a
    /// catalogue design, a reference, or a sketch the catalogue can no longer draw.
    pub fn custom_estimate(&self, item: &ItemRef) -> Option<CustomEstimate> {
        match item {
            ItemRef::Sketch { .. } => self.sketch_of(item).map(|s| CustomEstimate {
                weight_g: s.weight_g,
                price: s.price,
                finish: s.finish,
            }),
            ItemRef::Mix(m) => Some(CustomEstimate {
                weight_g: m.weight_g(self),
                price: m.price(self),
                finish: m.finish,
            }),
            _ => None,
        }
    }

    /// How to draw any item. A motif on its own is a plain medallion, so that nothing but the motif
    /// is compared; a sketch is the motif in the trend's form.
    pub fn item_art(&self, item: &ItemRef) -> Option<ArtSpec> {
        Some(match item {
            ItemRef::Design(id) => {
                let d = self.design(id.as_str())?;
                ArtSpec::for_design(d, self.lead_motif(d))
            }
            ItemRef::Motif(id) => ArtSpec {
                form: Form::Pendant,
                motif: Some(self.motif(id.as_str())?.family),
                techniques: Vec::new(),
                finish: Finish::Polished,
                scale: Scale::Medium,
                seed: seed_of(id.as_str()),
                detail: None,
            },
            ItemRef::Trend(id) => ArtSpec::for_trend(self.trend(id.as_str())?),
            ItemRef::Sketch { motif, .. } => self
                .sketch_of(item)?
                .art(self.motif(motif.as_str())?.family),
            ItemRef::Mix(m) => m.art(),
        })
    }
}

/// One line of a compare picker.
#[derive(Clone, Debug, PartialEq)]
pub struct PickOption {
    pub item: ItemRef,
    pub name: String,
    /// 0 motif, 1 trend, 2 design: an index into the kind words the picker shows.
    pub kind: usize,
}

/// What a compare picker lists for `needle`: every motif, trend and design whose name (in `lang`) or kind
/// word contains it, ignoring case and accents, in that order; at most `limit`, so that a catalogue of
/// thousands of designs still gives a short list to choose from, and always the chosen item, which the
/// list must show as chosen. Returns the options and how many matched in all.
pub fn pick_options(
    catalogue: &Catalogue,
    lang: crate::domain::catalogue::model::Lang,
    needle: &str,
    kind_words: [&str; 3],
    chosen: Option<&ItemRef>,
    limit: usize,
) -> (Vec<PickOption>, usize) {
    let needle = crate::domain::browse::text::fold(needle.trim());
    let kinds = kind_words.map(crate::domain::browse::text::fold);
    let all = catalogue
        .motifs
        .iter()
        .map(|m| (ItemRef::motif(m.id.as_str()), m.name.get(lang), 0))
        .chain(
            catalogue
                .trends
                .iter()
                .map(|t| (ItemRef::trend(t.id.as_str()), t.name.get(lang), 1)),
        )
        .chain(
            catalogue
                .designs
                .iter()
                .map(|d| (ItemRef::design(d.id.as_str()), d.name.get(lang), 2)),
        );
    let mut out = Vec::new();
    let mut matched = 0;
    let mut chosen_listed = chosen.is_none();
    for (item, name, kind) in all {
        let hit = needle.is_empty()
            || crate::domain::browse::text::fold(name).contains(&needle)
            || kinds[kind].contains(&needle);
        let is_chosen = chosen == Some(&item);
        if hit {
            matched += 1;
        }
        if (hit && out.len() < limit) || (is_chosen && !chosen_listed) {
            chosen_listed |= is_chosen;
            out.push(PickOption {
                item,
                name: name.to_owned(),
                kind,
            });
        }
    }
    (out, matched)
}
