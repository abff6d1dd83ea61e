//! The buyer's shortlist: designs with quantity, size and finish. One compact text form serves both the
//! device's storage and the share link, so a shared link opens exactly what was stored.

use crate::domain::catalogue::item::ItemRef;
use crate::domain::catalogue::model::{Catalogue, Finish};
use crate::domain::pricing::price::quote;
use crate::domain::shared::stored::StoredForm;

pub const MAX_QTY: u32 = 999;
const MAX_ITEMS: usize = 100;
/// Longer than any size the trade writes ("45 cm", "S/M/L"); a longer one in a link is dropped.
const SIZE_MAX_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortlistItem {
    /// A design, or a sketch or mixer design as a custom request; other items cannot be ordered.
    pub item: ItemRef,
    pub qty: u32,
    pub size: Option<String>,
    pub finish: Option<Finish>,
}

impl ShortlistItem {
    pub fn same_choice(&self, other: &ShortlistItem) -> bool {
        self.item == other.item && self.size == other.size && self.finish == other.finish
    }
}

/// Escapes the two separators (and the escape character) inside a field.
fn esc(s: &str) -> String {
    s.replace('%', "%25")
        .replace('~', "%7E")
        .replace('!', "%21")
}

fn unesc(s: &str) -> String {
    s.replace("%21", "!")
        .replace("%7E", "~")
        .replace("%25", "%")
}

/// `item~qty~size~finish` items joined by `!`, the item as its key (a design's id, `sketch:m+t`,
/// `mix:…`).
pub fn encode(items: &[ShortlistItem]) -> String {
    items
        .iter()
        .map(|i| {
            format!(
                "{}~{}~{}~{}",
                esc(&i.item.key()),
                i.qty,
                esc(i.size.as_deref().unwrap_or("")),
                i.finish.map(Finish::key).unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join("!")
}

/// Reads items back; malformed items are skipped, quantities clamped, duplicates merged. Storage and links
/// can hold anything, so nothing here can fail.
pub fn decode(s: &str) -> Vec<ShortlistItem> {
    let mut out: Vec<ShortlistItem> = Vec::new();
    for part in s.split('!').filter(|p| !p.is_empty()) {
        let fields: Vec<&str> = part.split('~').collect();
        let Some(item) = ItemRef::parse(&unesc(fields[0])).filter(ItemRef::orderable) else {
            continue;
        };
        let qty = fields
            .get(1)
            .and_then(|q| q.parse::<u32>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_QTY);
        let size = fields
            .get(2)
            .map(|s| unesc(s))
            .filter(|s| !s.is_empty() && s.chars().count() <= SIZE_MAX_CHARS);
        let finish = fields.get(3).and_then(|f| Finish::from_key(f));
        add(
            &mut out,
            ShortlistItem {
                item,
                qty,
                size,
                finish,
            },
        );
        if out.len() >= MAX_ITEMS {
            break;
        }
    }
    out
}

/// Storage keeps the share link's text, so a stored list and a shared one read the same.
impl StoredForm for Vec<ShortlistItem> {
    fn to_stored(&self) -> String {
        encode(self)
    }

    fn from_stored(stored: &str) -> Self {
        decode(stored)
    }

    /// Text in which not one item can be read (single damaged items are skipped quietly, as in links).
    fn unreadable(stored: &str) -> bool {
        !stored.trim_matches('!').trim().is_empty() && decode(stored).is_empty()
    }
}

/// Adds an item, merging it with the same design, size and finish.
pub fn add(items: &mut Vec<ShortlistItem>, item: ShortlistItem) {
    if let Some(existing) = items.iter_mut().find(|i| i.same_choice(&item)) {
        existing.qty = (existing.qty + item.qty).min(MAX_QTY);
    } else if items.len() < MAX_ITEMS {
        items.push(item);
    }
}

/// Fits items read from a link or storage to the catalogue: a size a design is not made in, or a finish
/// it does not come in, is dropped (the buyer chooses again, or the maker asks). Returns how many such
/// choices were dropped, for a message. Designs not in the catalogue are left for [`known`].
pub fn fit(items: &mut [ShortlistItem], c: &Catalogue) -> usize {
    let mut dropped = 0;
    for i in items.iter_mut() {
        let ItemRef::Design(id) = &i.item else {
            continue;
        };
        let Some(design) = c.design(id) else {
            continue;
        };
        if i.size.as_ref().is_some_and(|s| !design.sizes().contains(s)) {
            i.size = None;
            dropped += 1;
        }
        if i.finish.is_some_and(|f| !design.finishes().contains(&f)) {
            i.finish = None;
            dropped += 1;
        }
    }
    dropped
}

/// Items whose design is no longer in the catalogue are kept out of view (and out of totals).
pub fn known<'a>(
    items: &'a [ShortlistItem],
    c: &'a Catalogue,
) -> impl Iterator<Item = &'a ShortlistItem> {
    items.iter().filter(|i| i.item.exists(c))
}

/// Estimated total in rupiah of the items that can be priced (known designs not priced on request).
pub fn total(items: &[ShortlistItem], c: &Catalogue) -> u64 {
    known(items, c)
        .filter_map(|i| {
            let unit = match &i.item {
                ItemRef::Design(id) => {
                    quote(&c.settings, c.design(id)?, i.size.as_deref(), i.finish)?
                }
                // A custom request is priced from its drawing's estimate.
                _ => c.custom_estimate(&i.item)?.price?,
            };
            Some(unit.idr * u64::from(i.qty))
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(design: &str, qty: u32, size: Option<&str>, finish: Option<Finish>) -> ShortlistItem {
        ShortlistItem {
            item: ItemRef::design(design),
            qty,
            size: size.map(Into::into),
            finish,
        }
    }

    #[test]
    fn round_trips_including_awkward_sizes() {
        let items = vec![
            item("ring-kawung", 2, Some("17"), Some(Finish::Polished)),
            item("necklace-kawung", 1, Some("45 cm ~ long! 100%"), None),
            item("stud-kawung", 12, None, Some(Finish::Oxidised)),
        ];
        assert_eq!(decode(&encode(&items)), items);
    }

    #[test]
    fn garbage_is_skipped_and_quantities_clamped() {
        let got = decode("!!~3~~!ring-kawung~0~17~gold!x~99999!~");
        assert_eq!(
            got,
            vec![
                item("ring-kawung", 1, Some("17"), None),
                item("x", MAX_QTY, None, None)
            ]
        );
        assert!(decode("").is_empty());
    }

    #[test]
    fn the_total_counts_quantities_and_skips_unpriced_and_unknown_designs() {
        let c = crate::domain::load_from_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"),
        )
        .unwrap();
        let d = c.design("ring-kawung").unwrap();
        let unit = crate::domain::pricing::price::quote(&c.settings, d, Some("17"), None)
            .unwrap()
            .idr;
        let on_request = c
            .designs
            .iter()
            .find(|d| d.price_on_request)
            .unwrap()
            .id
            .clone();
        let items = vec![
            item("ring-kawung", 3, Some("17"), None),
            item(&on_request, 2, None, None),
            item("gone-from-the-catalogue", 5, None, None),
        ];
        assert_eq!(total(&items, &c), 3 * unit);
    }

    #[test]
    fn adding_the_same_choice_merges() {
        let mut items = Vec::new();
        add(&mut items, item("ring-kawung", 2, Some("17"), None));
        add(&mut items, item("ring-kawung", 3, Some("17"), None));
        add(&mut items, item("ring-kawung", 1, Some("18"), None));
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].qty, 5);
    }
}
