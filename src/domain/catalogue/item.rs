//! One way to point at anything the app shows: a design, a motif, a trend reference, an adaptation
//! sketch (a motif drawn in a trend's form) or a design from the mixer. The shortlist, boards, the
//! compare studio and inquiries all hold an [`ItemRef`]; what comes next (photos) becomes a new variant
//! here.
//!
//! An item has one text key, written everywhere a key is written (links, the shortlist's storage,
//! inquiry lines) and read by one parser, [`ItemRef::parse`], which also reads every form stored on
//! devices or shared as links before this module existed. Boards keep their JSON form ([`StoredItem`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::loader::is_valid_id;
use super::mix::{self, Mix};
use super::model::{Catalogue, Lang, Photo};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        // Ids are looked up by `&str` throughout the catalogue.
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// The id of a design in `designs.json`.
    DesignId
);
id_type!(
    /// The id of a motif in `motifs.json`.
    MotifId
);
id_type!(
    /// The id of a trend reference in `trends.json`.
    TrendId
);

/// Anything the app can name, draw, compare, shortlist or pin to a board.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "StoredItem", into = "StoredItem")]
pub enum ItemRef {
    Design(DesignId),
    Motif(MotifId),
    Trend(TrendId),
    /// A custom request: the motif redrawn in the trend's first form, scale and finish.
    Sketch {
        motif: MotifId,
        trend: TrendId,
    },
    /// A custom request designed in the mixer: every parameter travels with it.
    Mix(Mix),
}

const MOTIF: &str = "m:";
const TREND: &str = "t:";
const SKETCH: &str = "sketch:";
/// Read, never written: the compare studio's links once marked designs with it.
const OLD_DESIGN: &str = "d:";
/// Longest key a link or storage may hand us: twice an id and the prefix, with room to spare.
const KEY_MAX: usize = 160;

impl ItemRef {
    pub fn design(id: impl Into<String>) -> ItemRef {
        ItemRef::Design(DesignId(id.into()))
    }

    pub fn motif(id: impl Into<String>) -> ItemRef {
        ItemRef::Motif(MotifId(id.into()))
    }

    pub fn trend(id: impl Into<String>) -> ItemRef {
        ItemRef::Trend(TrendId(id.into()))
    }

    pub fn sketch(motif: impl Into<String>, trend: impl Into<String>) -> ItemRef {
        ItemRef::Sketch {
            motif: MotifId(motif.into()),
            trend: TrendId(trend.into()),
        }
    }

    /// The item's key: a design's bare id (the form shortlists, inquiries and their exports have always
    /// used), `m:id`, `t:id`, `sketch:motif+trend`, `mix:` and the parameters ([`Mix::key`]).
    pub fn key(&self) -> String {
        match self {
            ItemRef::Design(id) => id.0.clone(),
            ItemRef::Motif(id) => format!("{MOTIF}{id}"),
            ItemRef::Trend(id) => format!("{TREND}{id}"),
            ItemRef::Sketch { motif, trend } => format!("{SKETCH}{motif}+{trend}"),
            ItemRef::Mix(m) => m.key(),
        }
    }

    /// Reads a key, today's or an older one (`d:id` from compare links). Anything else is `None`: a
    /// link or a storage can hold any text.
    pub fn parse(key: &str) -> Option<ItemRef> {
        if key.len() > KEY_MAX {
            return None;
        }
        let item = if let Some(id) = key.strip_prefix(MOTIF) {
            ItemRef::motif(id)
        } else if let Some(id) = key.strip_prefix(TREND) {
            ItemRef::trend(id)
        } else if let Some(pair) = key.strip_prefix(SKETCH) {
            let (motif, trend) = pair.split_once('+')?;
            ItemRef::sketch(motif, trend)
        } else if key.starts_with(mix::KEY_PREFIX) {
            return Mix::from_key(key).map(ItemRef::Mix);
        } else if let Some(id) = key.strip_prefix(OLD_DESIGN) {
            ItemRef::design(id)
        } else if key.contains(':') {
            return None; // a kind this version does not know
        } else {
            ItemRef::design(key)
        };
        // Ids the loader would refuse name nothing, whatever the prefix.
        let ok = item.ids().all(is_valid_id);
        ok.then_some(item)
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        let (a, b) = match self {
            ItemRef::Design(id) => (Some(id.as_str()), None),
            ItemRef::Motif(id) => (Some(id.as_str()), None),
            ItemRef::Trend(id) => (Some(id.as_str()), None),
            ItemRef::Sketch { motif, trend } => (Some(motif.as_str()), Some(trend.as_str())),
            ItemRef::Mix(_) => (None, None),
        };
        a.into_iter().chain(b)
    }

    /// Whether a buyer can ask a price for it: a design, or a sketch or a mixer design as a custom
    /// request. Motifs and trends are references, not pieces.
    pub fn orderable(&self) -> bool {
        matches!(
            self,
            ItemRef::Design(_) | ItemRef::Sketch { .. } | ItemRef::Mix(_)
        )
    }

    /// Whether it is a custom request (made to order from a drawing) rather than a catalogue design.
    pub fn is_custom(&self) -> bool {
        matches!(self, ItemRef::Sketch { .. } | ItemRef::Mix(_))
    }

    /// Whether the catalogue has it (a shared link or a board may name something since removed).
    pub fn exists(&self, c: &Catalogue) -> bool {
        match self {
            ItemRef::Design(id) => c.design(id.as_str()).is_some(),
            ItemRef::Motif(id) => c.motif(id.as_str()).is_some(),
            ItemRef::Trend(id) => c.trend(id.as_str()).is_some(),
            ItemRef::Sketch { motif, trend } => {
                c.motif(motif.as_str()).is_some() && c.trend(trend.as_str()).is_some()
            }
            // Made of parameters alone: it needs nothing from the catalogue.
            ItemRef::Mix(_) => true,
        }
    }
}

impl Catalogue {
    /// The photo that stands for an item: a design's or a trend reference's first (its cover); none
    /// for an item that is drawn.
    pub fn cover(&self, item: &ItemRef) -> Option<&Photo> {
        match item {
            ItemRef::Design(id) => self.design(id.as_str())?.photos.first(),
            ItemRef::Trend(id) => self.trend(id.as_str())?.photos.first(),
            _ => None,
        }
    }

    /// The item's name in `lang`; a sketch is named by its motif and trend. `None` for what the
    /// catalogue no longer has, and for a mixer design, whose name is made of the interface's words for
    /// its form and motif (the UI's `labels::item_name`, which names every item).
    pub fn item_name(&self, item: &ItemRef, lang: Lang) -> Option<String> {
        Some(match item {
            ItemRef::Design(id) => self.design(id.as_str())?.name.get(lang).to_owned(),
            ItemRef::Motif(id) => self.motif(id.as_str())?.name.get(lang).to_owned(),
            ItemRef::Trend(id) => self.trend(id.as_str())?.name.get(lang).to_owned(),
            ItemRef::Sketch { motif, trend } => format!(
                "{} × {}",
                self.motif(motif.as_str())?.name.get(lang),
                self.trend(trend.as_str())?.name.get(lang)
            ),
            ItemRef::Mix(_) => return None,
        })
    }
}

/// How boards store and export an item (`{"kind":"design","id":…}`, `{"kind":"sketch","motif":…,
/// "trend":…}`): kept as it was, so that boards saved on devices and exported files still load.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum StoredItem {
    Design {
        id: DesignId,
    },
    Motif {
        id: MotifId,
    },
    Trend {
        id: TrendId,
    },
    Sketch {
        motif: MotifId,
        trend: TrendId,
    },
    /// `{"kind":"mix","key":"mix:ring.lotus.…"}`: the parameters in one readable string.
    Mix {
        key: String,
    },
}

impl TryFrom<StoredItem> for ItemRef {
    type Error = String;

    fn try_from(s: StoredItem) -> Result<ItemRef, String> {
        Ok(match s {
            StoredItem::Design { id } => ItemRef::Design(id),
            StoredItem::Motif { id } => ItemRef::Motif(id),
            StoredItem::Trend { id } => ItemRef::Trend(id),
            StoredItem::Sketch { motif, trend } => ItemRef::Sketch { motif, trend },
            StoredItem::Mix { key } => ItemRef::Mix(
                Mix::from_key(&key).ok_or_else(|| format!("not a mixer design: {key:?}"))?,
            ),
        })
    }
}

impl From<ItemRef> for StoredItem {
    fn from(i: ItemRef) -> StoredItem {
        match i {
            ItemRef::Design(id) => StoredItem::Design { id },
            ItemRef::Motif(id) => StoredItem::Motif { id },
            ItemRef::Trend(id) => StoredItem::Trend { id },
            ItemRef::Sketch { motif, trend } => StoredItem::Sketch { motif, trend },
            ItemRef::Mix(m) => StoredItem::Mix { key: m.key() },
        }
    }
}

/// For fields that hold an item as its key (inquiry lines: `"design": "ring-kawung"` or
/// `"sketch:kawung+chunky-organic"`), the form receivers and stored outboxes already have.
pub mod as_key {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use super::ItemRef;

    pub fn serialize<S: Serializer>(item: &ItemRef, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&item.key())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<ItemRef, D::Error> {
        let key = String::deserialize(d)?;
        ItemRef::parse(&key).ok_or_else(|| D::Error::custom(format!("not an item key: {key:?}")))
    }
}
