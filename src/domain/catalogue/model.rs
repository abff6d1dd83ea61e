//! The catalogue as it is stored in `public/data/*.json` (format version 1).
//!
//! Enumerations are closed on purpose: an unknown form or finish in a data file is a data error that the
//! loader reports with its file, entry and field, rather than something the UI has to guess how to draw.

use serde::{Deserialize, Serialize};

/// The data format this build reads. Bump it when a file's shape changes incompatibly.
pub const FORMAT_VERSION: u32 = 1;

/// The languages of the app: its interface, the catalogue's texts and an inquiry's reply language.
/// Indonesian is the default; every catalogue text has Indonesian and English, and may have the others.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Id,
    En,
    De,
    Fr,
    Nl,
}

impl Lang {
    /// In the language switch's order.
    pub const ALL: [Lang; 5] = [Lang::Id, Lang::En, Lang::De, Lang::Fr, Lang::Nl];
    /// Every catalogue text is written in these; the others fall back to English.
    pub const REQUIRED: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code, as in `<html lang>`, the locale files and the address.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
        }
    }

    /// The language of a code such as `de`, `de-DE` or `DE`; `None` for a language the app lacks.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's name in itself, for the switch: a reader who cannot read the current language
    /// still finds their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or(())
    }
}

/// A catalogue text in each language: Indonesian and English always, German, French and Dutch where a
/// translation exists (English stands in for a missing one, and says so: see `resolve`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Localized {
    pub id: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
}

impl Localized {
    /// Indonesian and English only; the other languages are added by the data's translators.
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            id: id.into(),
            en: en.into(),
            ..Localized::default()
        }
    }

    /// The text in `lang`, or English where that translation is missing.
    pub fn get(&self, lang: Lang) -> &str {
        self.resolve(lang).0
    }

    /// The text to show a reader of `lang`, and the language it is actually in: a passage in English
    /// inside a German page carries `lang="en"` so that screen readers switch voice.
    pub fn resolve(&self, lang: Lang) -> (&str, Lang) {
        match self.written(lang) {
            Some(text) => (text, lang),
            None => (&self.en, Lang::En),
        }
    }

    /// The text written in `lang` itself, if any.
    pub fn written(&self, lang: Lang) -> Option<&str> {
        let text = match lang {
            Lang::Id => Some(&self.id),
            Lang::En => Some(&self.en),
            Lang::De => self.de.as_ref(),
            Lang::Fr => self.fr.as_ref(),
            Lang::Nl => self.nl.as_ref(),
        };
        text.map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    /// The text stored for `lang` exactly as typed, empty when there is none: what a form shows.
    pub fn as_typed(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
            Lang::De => self.de.as_deref().unwrap_or(""),
            Lang::Fr => self.fr.as_deref().unwrap_or(""),
            Lang::Nl => self.nl.as_deref().unwrap_or(""),
        }
    }

    /// Sets the text for `lang` as typed; an empty optional language has no text at all.
    pub fn set(&mut self, lang: Lang, text: String) {
        let optional = |text: String| (!text.is_empty()).then_some(text);
        match lang {
            Lang::Id => self.id = text,
            Lang::En => self.en = text,
            Lang::De => self.de = optional(text),
            Lang::Fr => self.fr = optional(text),
            Lang::Nl => self.nl = optional(text),
        }
    }

    /// Required languages whose text is empty or only whitespace.
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::REQUIRED
            .into_iter()
            .filter(|l| self.written(*l).is_none())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: String,
    pub name: String,
    pub village: String,
    pub story: Localized,
    #[serde(default)]
    pub contact: Contact,
    /// Invented sample data that the collective replaces with its own; the UI badges it.
    pub sample: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MotifFamily {
    MajapahitSun,
    Lotus,
    Kawung,
    Scroll,
    Rosette,
    KalaMakara,
    MojokertoBatik,
    Geometric,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Motif {
    pub id: String,
    pub name: Localized,
    pub family: MotifFamily,
    pub meaning: Localized,
    pub history: Localized,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Ring,
    Stud,
    DropEarring,
    Hoop,
    Pendant,
    Necklace,
    Bracelet,
    Cuff,
    Brooch,
    Tiara,
}

impl Form {
    pub const ALL: [Form; 10] = [
        Form::Ring,
        Form::Stud,
        Form::DropEarring,
        Form::Hoop,
        Form::Pendant,
        Form::Necklace,
        Form::Bracelet,
        Form::Cuff,
        Form::Brooch,
        Form::Tiara,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Technique {
    Filigree,
    Granulation,
    Repousse,
    Casting,
    Hammered,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finish {
    Polished,
    Oxidised,
    Matte,
    Hammered,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Fine,
    Medium,
    Chunky,
}

/// Silver finenesses (parts per thousand) that the village's trade uses.
pub const FINENESSES: [u16; 6] = [800, 835, 850, 925, 950, 999];

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dimensions {
    pub width_mm: f64,
    pub height_mm: f64,
    pub depth_mm: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// A size as the trade names it: ring size "17", chain length "45 cm", "S/M/L".
    pub size: String,
    pub finish: Finish,
    pub weight_g: f64,
}

/// A photo of a design. `src` is the widest file; `sizes` lists every width written (the studio writes
/// three), so that a phone downloads the narrow one; older data has `src` alone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Photo {
    pub src: String,
    pub alt: Localized,
    pub width: u32,
    pub height: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sizes: Vec<PhotoFile>,
    /// The photo's average colour (`#rrggbb`), painted where it will appear until its file arrives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// Whose photo it is and on what terms it is shown. A trend reference's photo is somebody else's
    /// work and must carry one (the loader says so); the makers' own photos need none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<PhotoCredit>,
}

/// Where a photo comes from and the licence it is shown under, shown beside it as a credit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PhotoCredit {
    /// Who took or published it ("Dewi Lestari", "Majalah Kriya, 2025").
    pub source: String,
    /// The terms ("CC BY 4.0", "with the photographer's permission").
    pub licence: String,
}

/// One written width of a [`Photo`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoFile {
    pub src: String,
    pub width: u32,
}

/// Where every photo file lives, on the site and in a catalogue package: the app never loads a picture
/// from anywhere else.
pub const PHOTO_DIR: &str = "/photos/";

impl Photo {
    /// The `srcset` of an `<img>`: every written width, or nothing for a photo with one file.
    pub fn srcset(&self) -> String {
        self.sizes
            .iter()
            .map(|f| format!("{} {}w", f.src, f.width))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every file the photo names, `src` first.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.src.as_str()).chain(
            self.sizes
                .iter()
                .map(|f| f.src.as_str())
                .filter(move |s| *s != self.src),
        )
    }

    /// The file of photo `id` at `width`, as [`PHOTO_DIR`] holds it.
    pub fn path(id: &str, width: u32) -> String {
        format!("{PHOTO_DIR}{id}-{width}.jpg")
    }

    /// Whether `path` names a picture file inside [`PHOTO_DIR`]: lowercase letters, digits and dashes,
    /// then `.jpg`, `.jpeg`, `.png` or `.webp`. A package cannot make the app fetch anything else.
    pub fn is_photo_path(path: &str) -> bool {
        let Some(name) = path.strip_prefix(PHOTO_DIR) else {
            return false;
        };
        let Some((stem, ext)) = name.rsplit_once('.') else {
            return false;
        };
        !stem.is_empty()
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && matches!(ext, "jpg" | "jpeg" | "png" | "webp")
    }
}

/// Every file these photos show, each once.
pub fn photo_files<'a>(
    photos: impl IntoIterator<Item = &'a Photo>,
) -> std::collections::BTreeSet<&'a str> {
    photos.into_iter().flat_map(Photo::files).collect()
}

/// Whether `colour` is a `#rrggbb` colour (a photo's placeholder goes into a style attribute).
pub fn is_hex_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Design {
    pub id: String,
    pub name: Localized,
    /// The maker's words about the piece; older data files have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    pub workshop: String,
    pub form: Form,
    #[serde(default)]
    pub motifs: Vec<String>,
    #[serde(default)]
    pub techniques: Vec<Technique>,
    pub finish: Finish,
    pub fineness: u16,
    pub dimensions: Dimensions,
    pub weight_g: f64,
    #[serde(default)]
    pub variants: Vec<Variant>,
    #[serde(default)]
    pub photos: Vec<Photo>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// ISO date (YYYY-MM-DD) the design was added.
    pub date: String,
    #[serde(default)]
    pub price_on_request: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrendAttributes {
    pub scale: Scale,
    pub texture: Localized,
    pub finish: Finish,
    #[serde(default)]
    pub materials: Vec<String>,
    #[serde(default)]
    pub forms: Vec<Form>,
    #[serde(default)]
    pub markets: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrendReference {
    pub id: String,
    pub name: Localized,
    pub description: Localized,
    pub year_from: u16,
    pub year_to: u16,
    pub theme: String,
    pub attributes: TrendAttributes,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Curated pairs: traditional motifs that could meet this trend, with a note to makers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<PairNote>,
    /// Photos of pieces in this trend, the first its cover; each credited to its source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairNote {
    pub motif: String,
    pub note: Localized,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SilverPrice {
    /// Price of fine (999) silver per gram in rupiah.
    pub idr_per_gram: u32,
    pub date: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Labour {
    pub technique: Technique,
    /// Rupiah per gram of finished piece, on top of the metal.
    pub idr_per_gram: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// Rupiah for one euro / one US dollar, as stated by the collective on `date`.
    pub idr_per_eur: u32,
    pub idr_per_usd: u32,
    pub date: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InquiryChannels {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// How the outbox retries the endpoint; the defaults suit an exhibition hall.
    #[serde(default)]
    pub retry: RetryPolicy,
}

/// Exponential back-off with jitter: attempt n waits base·2^(n-1), capped, and then a random point in
/// its upper half, so that many kiosks coming back online do not retry in lockstep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetryPolicy {
    pub base_ms: u64,
    pub cap_ms: u64,
    /// A request that has not answered by then counts as a failed attempt.
    pub timeout_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base_ms: 2_000,
            cap_ms: 300_000,
            timeout_ms: 15_000,
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempts`-th failed attempt; `jitter` is uniform in [0, 1).
    pub fn delay(&self, attempts: u32, jitter: f64) -> u64 {
        let exp = self
            .base_ms
            .saturating_mul(1u64 << attempts.saturating_sub(1).min(32))
            .min(self.cap_ms);
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        exp / 2 + ((exp - exp / 2) as f64 * jitter) as u64
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub silver_price: SilverPrice,
    #[serde(default)]
    pub labour: Vec<Labour>,
    /// Labour for a piece with no listed technique (plain forging and polishing).
    pub base_labour_idr_per_gram: u32,
    pub rates: Rates,
    #[serde(default)]
    pub inquiry: InquiryChannels,
}

/// The whole catalogue after loading and validation: every reference in it resolves.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub settings: Settings,
    pub workshops: Vec<Workshop>,
    pub motifs: Vec<Motif>,
    pub trends: Vec<TrendReference>,
    pub designs: Vec<Design>,
}

impl Catalogue {
    pub fn design(&self, id: &str) -> Option<&Design> {
        self.designs.iter().find(|d| d.id == id)
    }

    pub fn workshop(&self, id: &str) -> Option<&Workshop> {
        self.workshops.iter().find(|w| w.id == id)
    }

    pub fn motif(&self, id: &str) -> Option<&Motif> {
        self.motifs.iter().find(|m| m.id == id)
    }

    /// The designs to show first, to a buyer on the home page and to passers-by on the kiosk: best
    /// sellers, then the rest, each newest first; at most `n`.
    pub fn featured(&self, n: usize) -> Vec<&Design> {
        let best = |d: &Design| d.tags.iter().any(|t| t == "bestseller");
        let mut designs: Vec<&Design> = self.designs.iter().collect();
        designs.sort_by(|a, b| best(b).cmp(&best(a)).then(b.date.cmp(&a.date)));
        designs.truncate(n);
        designs
    }

    /// The motif a design is drawn from: its first.
    pub fn lead_motif(&self, design: &Design) -> Option<&Motif> {
        design.motifs.first().and_then(|id| self.motif(id))
    }

    pub fn trend(&self, id: &str) -> Option<&TrendReference> {
        self.trends.iter().find(|t| t.id == id)
    }

    /// Every photo the catalogue shows: its designs' and its trend references'.
    pub fn photos(&self) -> impl Iterator<Item = &Photo> {
        let designs = self.designs.iter().flat_map(|d| &d.photos);
        designs.chain(self.trends.iter().flat_map(|t| &t.photos))
    }

    pub fn designs_by_workshop<'a>(
        &'a self,
        workshop: &'a str,
    ) -> impl Iterator<Item = &'a Design> {
        self.designs.iter().filter(move |d| d.workshop == workshop)
    }

    pub fn designs_with_motif<'a>(&'a self, motif: &'a str) -> impl Iterator<Item = &'a Design> {
        self.designs
            .iter()
            .filter(move |d| d.motifs.iter().any(|m| m == motif))
    }

    /// What a design's page suggests next: up to four others with its lead motif, then up to four of
    /// its form that are not among those.
    pub fn related<'a>(&'a self, design: &Design) -> (Vec<&'a Design>, Vec<&'a Design>) {
        const EACH: usize = 4;
        let by_motif: Vec<&Design> = design
            .motifs
            .first()
            .map(|m| {
                self.designs
                    .iter()
                    .filter(|x| x.id != design.id && x.motifs.contains(m))
                    .take(EACH)
                    .collect()
            })
            .unwrap_or_default();
        let by_form = self
            .designs
            .iter()
            .filter(|x| {
                x.form == design.form && x.id != design.id && !by_motif.iter().any(|r| r.id == x.id)
            })
            .take(EACH)
            .collect();
        (by_motif, by_form)
    }
}

impl Design {
    /// The sizes a buyer can choose, in catalogue order.
    pub fn sizes(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for v in &self.variants {
            if !out.contains(&v.size) {
                out.push(v.size.clone());
            }
        }
        out
    }

    /// The finishes a buyer can choose; the design's own finish first.
    pub fn finishes(&self) -> Vec<Finish> {
        let mut out = vec![self.finish];
        for v in &self.variants {
            if !out.contains(&v.finish) {
                out.push(v.finish);
            }
        }
        out
    }

    /// Weight of the chosen variant: the exact size and finish if listed, else the size, else the design.
    pub fn variant_weight(&self, size: Option<&str>, finish: Option<Finish>) -> f64 {
        let exact = self
            .variants
            .iter()
            .find(|v| Some(v.size.as_str()) == size && Some(v.finish) == finish);
        let by_size = || self.variants.iter().find(|v| Some(v.size.as_str()) == size);
        exact.or_else(by_size).map_or(self.weight_g, |v| v.weight_g)
    }
}

/// The stable text keys of the closed vocabularies, as written in the data files and in URLs.
macro_rules! keys {
    ($ty:ty, $($variant:ident => $key:literal),+ $(,)?) => {
        impl $ty {
            pub fn key(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $key,)+
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($key => Some(<$ty>::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

keys!(Form, Ring => "ring", Stud => "stud", DropEarring => "drop_earring", Hoop => "hoop", Pendant => "pendant",
    Necklace => "necklace", Bracelet => "bracelet", Cuff => "cuff", Brooch => "brooch", Tiara => "tiara");
keys!(Technique, Filigree => "filigree", Granulation => "granulation", Repousse => "repousse", Casting => "casting",
    Hammered => "hammered");
keys!(Finish, Polished => "polished", Oxidised => "oxidised", Matte => "matte", Hammered => "hammered");
keys!(MotifFamily, MajapahitSun => "majapahit_sun", Lotus => "lotus", Kawung => "kawung", Scroll => "scroll",
    Rosette => "rosette", KalaMakara => "kala_makara", MojokertoBatik => "mojokerto_batik", Geometric => "geometric");

impl MotifFamily {
    pub const ALL: [MotifFamily; 8] = [
        MotifFamily::MajapahitSun,
        MotifFamily::Lotus,
        MotifFamily::Kawung,
        MotifFamily::Scroll,
        MotifFamily::Rosette,
        MotifFamily::KalaMakara,
        MotifFamily::MojokertoBatik,
        MotifFamily::Geometric,
    ];
}

impl Technique {
    pub const ALL: [Technique; 5] = [
        Technique::Filigree,
        Technique::Granulation,
        Technique::Repousse,
        Technique::Casting,
        Technique::Hammered,
    ];
}

impl Finish {
    pub const ALL: [Finish; 4] = [
        Finish::Polished,
        Finish::Oxidised,
        Finish::Matte,
        Finish::Hammered,
    ];
}

#[cfg(test)]
mod key_tests {
    use super::*;

    /// The keys must be the very strings serde reads from the data files.
    #[test]
    fn keys_match_the_serde_names_and_round_trip() {
        for f in Form::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.key());
            assert_eq!(Form::from_key(f.key()), Some(f));
        }
        for f in MotifFamily::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.key());
            assert_eq!(MotifFamily::from_key(f.key()), Some(f));
        }
        for t in Technique::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), t.key());
            assert_eq!(Technique::from_key(t.key()), Some(t));
        }
        for f in Finish::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.key());
            assert_eq!(Finish::from_key(f.key()), Some(f));
        }
        assert_eq!(Form::from_key("crown"), None);
    }
}
