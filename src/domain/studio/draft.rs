//! A maker's design as it is being written in the studio: a new piece, an edit of a catalogue design, or
//! its withdrawal. Every field is kept as typed ("5,2", "abc", an empty name), so that nothing a maker
//! wrote is lost while it is still wrong; [`DesignDraft::check`] turns it into a [`Design`] with the very
//! rules the loader applies to `designs.json`, or names each problem by its field.

use serde::{Deserialize, Serialize};

use crate::domain::catalogue::loader::design_problems;
use crate::domain::catalogue::mix::Mix;
use crate::domain::pricing::weight::{TOLERANCE, deviation, estimate_grams};
use crate::domain::{
    Catalogue, Design, Dimensions, Finish, Form, Lang, LoadError, Localized, Photo, Problem,
    Technique, Variant,
};

/// A text in each language, as typed; empty where not written yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextsAsTyped {
    pub id: String,
    pub en: String,
    pub de: String,
    pub fr: String,
    pub nl: String,
}

impl TextsAsTyped {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
            Lang::De => &self.de,
            Lang::Fr => &self.fr,
            Lang::Nl => &self.nl,
        }
    }

    pub fn set(&mut self, lang: Lang, text: String) {
        *match lang {
            Lang::Id => &mut self.id,
            Lang::En => &mut self.en,
            Lang::De => &mut self.de,
            Lang::Fr => &mut self.fr,
            Lang::Nl => &mut self.nl,
        } = text;
    }

    fn from_localized(l: &Localized) -> Self {
        TextsAsTyped {
            id: l.id.clone(),
            en: l.en.clone(),
            de: l.de.clone().unwrap_or_default(),
            fr: l.fr.clone().unwrap_or_default(),
            nl: l.nl.clone().unwrap_or_default(),
        }
    }

    fn to_localized(&self) -> Localized {
        let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Localized {
            id: self.id.trim().to_owned(),
            en: self.en.trim().to_owned(),
            de: optional(&self.de),
            fr: optional(&self.fr),
            nl: optional(&self.nl),
        }
    }
}

/// One size and finish of the design, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VariantDraft {
    pub size: String,
    pub finish: String,
    pub weight_g: String,
}

/// What publishing a draft would do to the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Add,
    Edit,
    Withdraw,
}

/// A problem with a draft: the field as the loader names it (`name.en`, `dimensions.width_mm`,
/// `variants[1].weight_g`) and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftProblem {
    pub field: String,
    pub problem: Problem,
}

/// A design being written on this device. Stored as JSON in IndexedDB; fields a newer or older version
/// does not know read as empty, never as a failure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DesignDraft {
    /// The draft's own key on this device (a UUID): the design's id may still change.
    pub uid: String,
    /// The catalogue design this draft edits or withdraws; none for a new one.
    pub base: Option<String>,
    pub withdraw: bool,
    /// When it was last changed (ms since the epoch), for ordering the list.
    pub updated_ms: u64,
    /// The design's id, as in its address; empty means "from the Indonesian name" ([`Self::design_id`]).
    pub id: String,
    pub name: TextsAsTyped,
    /// Empty in every language means none.
    pub description: TextsAsTyped,
    pub workshop: String,
    pub form: String,
    pub motifs: Vec<String>,
    pub techniques: Vec<String>,
    pub finish: String,
    pub fineness: String,
    pub weight_g: String,
    pub width_mm: String,
    pub height_mm: String,
    pub depth_mm: String,
    pub variants: Vec<VariantDraft>,
    /// Comma-separated, as typed.
    pub tags: String,
    /// ISO date the design was added.
    pub date: String,
    pub price_on_request: bool,
    /// The design's photos, kept as they are: a draft that edits other fields must not lose them.
    pub photos: Vec<Photo>,
}

/// The first problem of a field as the form shows it: the field itself, or for a list (`motifs`,
/// `techniques`) any of its entries (`motifs[1]`).
pub fn problem_for<'a>(problems: &'a [DraftProblem], field: &str) -> Option<&'a DraftProblem> {
    problems.iter().find(|p| {
        p.field == field
            || p.field
                .strip_prefix(field)
                .is_some_and(|rest| rest.starts_with('['))
    })
}

/// Where a field stands in the studio's form, so that problems are listed in the order a maker meets
/// the fields.
fn field_rank(field: &str) -> usize {
    const ORDER: [&str; 14] = [
        "name.",
        "id",
        "workshop",
        "form",
        "motifs",
        "techniques",
        "finish",
        "fineness",
        "weight_g",
        "dimensions.",
        "variants",
        "tags",
        "date",
        "photos",
    ];
    ORDER
        .iter()
        .position(|prefix| field.starts_with(prefix))
        .unwrap_or(ORDER.len())
}

/// The geometric estimate of a complete design's weight when the stated weight is further from it than
/// the catalogue's tolerance: not an error (a hollow or a solid piece may differ), but worth a second
/// look before publishing, and the collective's data tests ask for it.
pub fn weight_far_from_estimate(d: &Design) -> Option<f64> {
    let estimate = estimate_grams(d.form, &d.dimensions, d.fineness, &d.techniques);
    (deviation(d.weight_g, estimate) > TOLERANCE).then_some(estimate)
}

/// A decimal number as a maker types it: a comma or a point before the decimals, spaces around.
pub fn read_decimal(typed: &str) -> Option<f64> {
    let t = typed.trim().replace(',', ".");
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A figure for a field: trims trailing zeros so that 5.2 reads "5.2", not "5.200000000000001".
fn figure(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// An id made from a name: lower case letters, digits and hyphens, as the loader accepts.
pub fn id_from_name(name: &str) -> String {
    let mut id = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let mut id: String = id.trim_end_matches('-').chars().take(64).collect();
    while id.ends_with('-') {
        id.pop();
    }
    id
}

impl DesignDraft {
    /// An empty new design, dated `today`.
    pub fn new(uid: String, today: &str) -> Self {
        DesignDraft {
            uid,
            form: Form::Ring.key().to_owned(),
            finish: Finish::Polished.key().to_owned(),
            fineness: "925".into(),
            date: today.to_owned(),
            ..DesignDraft::default()
        }
    }

    /// A draft holding a catalogue design as it is, to edit it (`base` set) or as the start of a new
    /// one (`duplicate`).
    pub fn from_design(uid: String, d: &Design) -> Self {
        DesignDraft {
            uid,
            base: Some(d.id.clone()),
            withdraw: false,
            updated_ms: 0,
            id: d.id.clone(),
            name: TextsAsTyped::from_localized(&d.name),
            description: d
                .description
                .as_ref()
                .map(TextsAsTyped::from_localized)
                .unwrap_or_default(),
            workshop: d.workshop.clone(),
            form: d.form.key().to_owned(),
            motifs: d.motifs.clone(),
            techniques: d.techniques.iter().map(|t| t.key().to_owned()).collect(),
            finish: d.finish.key().to_owned(),
            fineness: d.fineness.to_string(),
            weight_g: figure(d.weight_g),
            width_mm: figure(d.dimensions.width_mm),
            height_mm: figure(d.dimensions.height_mm),
            depth_mm: figure(d.dimensions.depth_mm),
            variants: d
                .variants
                .iter()
                .map(|v| VariantDraft {
                    size: v.size.clone(),
                    finish: v.finish.key().to_owned(),
                    weight_g: figure(v.weight_g),
                })
                .collect(),
            tags: d.tags.join(", "),
            date: d.date.clone(),
            price_on_request: d.price_on_request,
            photos: d.photos.clone(),
        }
    }

    /// A copy that becomes a new design: the same fields under a new id, dated `today`.
    pub fn duplicate(&self, uid: String, today: &str) -> Self {
        DesignDraft {
            uid,
            base: None,
            withdraw: false,
            id: String::new(),
            date: today.to_owned(),
            ..self.clone()
        }
    }

    /// A draft that takes a catalogue design out of the catalogue when published.
    pub fn withdrawal(uid: String, d: &Design) -> Self {
        DesignDraft {
            withdraw: true,
            ..DesignDraft::from_design(uid, d)
        }
    }

    /// A new design from a mixer configuration, when a maker decides to make it: the mixer's form,
    /// motif (the catalogue's first of that family), techniques, finish, fineness, and its estimated
    /// dimensions and weight as the starting figures.
    pub fn from_mix(uid: String, mix: &Mix, c: &Catalogue, today: &str) -> Self {
        let dims = mix.dimensions(c);
        DesignDraft {
            form: mix.form.key().to_owned(),
            motifs: c
                .motifs
                .iter()
                .find(|m| m.family == mix.motif)
                .map(|m| vec![m.id.clone()])
                .unwrap_or_default(),
            techniques: mix.techniques.iter().map(|t| t.key().to_owned()).collect(),
            finish: mix.finish.key().to_owned(),
            fineness: mix.fineness.to_string(),
            weight_g: figure(mix.weight_g(c)),
            width_mm: figure(dims.width_mm),
            height_mm: figure(dims.height_mm),
            depth_mm: figure(dims.depth_mm),
            ..DesignDraft::new(uid, today)
        }
    }

    /// The id the design will have: as typed, or made from the Indonesian name (then English).
    pub fn design_id(&self) -> String {
        let typed = self.id.trim();
        if !typed.is_empty() {
            return typed.to_owned();
        }
        let from_id = id_from_name(&self.name.id);
        if from_id.is_empty() {
            id_from_name(&self.name.en)
        } else {
            from_id
        }
    }

    /// The name the draft goes by in lists: in `lang`, else Indonesian, else English; `None` while it
    /// has none.
    pub fn title(&self, lang: Lang) -> Option<&str> {
        [self.name.get(lang), &self.name.id, &self.name.en]
            .into_iter()
            .map(str::trim)
            .find(|n| !n.is_empty())
    }

    pub fn change(&self) -> Change {
        match (&self.base, self.withdraw) {
            (Some(_), true) => Change::Withdraw,
            (Some(_), false) => Change::Edit,
            (None, _) => Change::Add,
        }
    }

    /// The design this draft describes, or every problem with it, each named by its field. `others`
    /// are the ids of the device's other drafts, which the design must not take either.
    pub fn check(&self, c: &Catalogue, others: &[String]) -> Result<Design, Vec<DraftProblem>> {
        if self.withdraw {
            return match self.base.as_deref().and_then(|id| c.design(id)) {
                Some(d) => Ok(d.clone()),
                None => Err(vec![DraftProblem {
                    field: "id".into(),
                    problem: Problem::UnknownValue {
                        value: self.base.clone().unwrap_or_default(),
                    },
                }]),
            };
        }
        let mut typed = Vec::new();
        let design = self.read(&mut typed);
        let id = design.id.clone();
        let taken = |candidate: &str| {
            (self.base.as_deref() != Some(candidate) && c.design(candidate).is_some())
                || others.iter().any(|o| o == candidate)
        };
        // A field that could not be read already has its problem; the stand-in value read in its
        // stead (NaN, 0, the first form or finish) would only add a second, confusing one.
        let shared = design_problems(&design, c, taken)
            .into_iter()
            .map(|LoadError { field, problem, .. }| DraftProblem {
                field: field.unwrap_or_default(),
                problem,
            })
            .filter(|p| !typed.iter().any(|t: &DraftProblem| t.field == p.field));
        let mut problems: Vec<DraftProblem> = typed.iter().cloned().chain(shared).collect();
        if id.is_empty() {
            // The loader calls an empty id a bad one; a maker has simply not named the piece yet.
            problems.retain(|p| p.field != "id");
            if !problems.iter().any(|p| p.field == "name.id") {
                problems.push(DraftProblem {
                    field: "id".into(),
                    problem: Problem::MissingField,
                });
            }
        }
        problems.sort_by_key(|p| field_rank(&p.field));
        if problems.is_empty() {
            Ok(design)
        } else {
            Err(problems)
        }
    }

    /// The typed fields read into a design, with a problem for each that cannot be read; a field that
    /// cannot be read holds a stand-in value, so that the other rules can still run on the rest.
    fn read(&self, problems: &mut Vec<DraftProblem>) -> Design {
        let mut missing = |field: &str, problem: Problem| {
            problems.push(DraftProblem {
                field: field.to_owned(),
                problem,
            })
        };
        let mut number = |field: &str, typed: &str| match read_decimal(typed) {
            Some(v) => v,
            None => {
                missing(
                    field,
                    if typed.trim().is_empty() {
                        Problem::MissingField
                    } else {
                        Problem::NotANumber {
                            value: typed.trim().to_owned(),
                        }
                    },
                );
                f64::NAN
            }
        };
        let weight_g = number("weight_g", &self.weight_g);
        let dimensions = Dimensions {
            width_mm: number("dimensions.width_mm", &self.width_mm),
            height_mm: number("dimensions.height_mm", &self.height_mm),
            depth_mm: number("dimensions.depth_mm", &self.depth_mm),
        };
        let fineness = match self.fineness.trim().parse::<u16>() {
            Ok(v) => v,
            Err(_) => {
                number("fineness", &self.fineness);
                0
            }
        };
        let variants = self
            .variants
            .iter()
            .enumerate()
            .map(|(i, v)| Variant {
                size: v.size.trim().to_owned(),
                finish: Finish::from_key(&v.finish).unwrap_or(Finish::Polished),
                weight_g: number(&format!("variants[{i}].weight_g"), &v.weight_g),
            })
            .collect();
        let mut closed = |field: &str, typed: &str| {
            problems.push(DraftProblem {
                field: field.to_owned(),
                problem: if typed.is_empty() {
                    Problem::MissingField
                } else {
                    Problem::UnknownValue {
                        value: typed.to_owned(),
                    }
                },
            })
        };
        let form = Form::from_key(&self.form).unwrap_or_else(|| {
            closed("form", &self.form);
            Form::Ring
        });
        let finish = Finish::from_key(&self.finish).unwrap_or_else(|| {
            closed("finish", &self.finish);
            Finish::Polished
        });
        for (i, v) in self.variants.iter().enumerate() {
            if Finish::from_key(&v.finish).is_none() {
                closed(&format!("variants[{i}].finish"), &v.finish);
            }
        }
        let mut techniques = Vec::new();
        for (i, key) in self.techniques.iter().enumerate() {
            match Technique::from_key(key) {
                Some(t) if !techniques.contains(&t) => techniques.push(t),
                Some(_) => {}
                None => closed(&format!("techniques[{i}]"), key),
            }
        }
        if self.workshop.trim().is_empty() {
            closed("workshop", "");
        }
        Design {
            id: self.design_id(),
            name: self.name.to_localized(),
            description: Lang::ALL
                .into_iter()
                .any(|l| !self.description.get(l).trim().is_empty())
                .then(|| self.description.to_localized()),
            workshop: self.workshop.trim().to_owned(),
            form,
            motifs: self.motifs.clone(),
            techniques,
            finish,
            fineness,
            dimensions,
            weight_g,
            variants,
            photos: self.photos.clone(),
            tags: self
                .tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            date: self.date.trim().to_owned(),
            price_on_request: self.price_on_request,
        }
    }
}
