use leptos::prelude::*;

use crate::domain::inquiry::shortlist::{self, ShortlistItem};
use crate::domain::insights::Event;
use crate::platform::storage::SHORTLIST_KEY;
use crate::state::{Insights, Persisted, Stored, persisted};

/// The shortlist kept on this device. Stored in the same text form as the share link.
#[derive(Clone, Copy)]
pub struct Shortlist {
    items: Persisted<Vec<ShortlistItem>>,
    /// Counts what is added, for the exhibition insights (absent where nothing counts, as in tests).
    insights: Option<Insights>,
}

impl Shortlist {
    pub fn items(&self) -> Vec<ShortlistItem> {
        self.items.get()
    }

    pub fn items_with<R>(&self, f: impl FnOnce(&[ShortlistItem]) -> R) -> R {
        self.items.with(|i| f(i))
    }

    pub fn count(&self) -> u32 {
        self.items.with(|i| i.iter().map(|x| x.qty).sum())
    }

    fn save(&self, items: &[ShortlistItem]) {
        self.items.set(&items.to_vec());
    }

    pub fn add(&self, item: ShortlistItem) {
        if let Some(insights) = self.insights {
            insights.record(Event::Shortlisted(item.item.clone()));
        }
        let mut items = self.items.get_untracked();
        shortlist::add(&mut items, item);
        self.save(&items);
    }

    pub fn set_qty(&self, index: usize, qty: u32) {
        let mut items = self.items.get_untracked();
        if let Some(i) = items.get_mut(index) {
            i.qty = qty.clamp(1, shortlist::MAX_QTY);
        }
        self.save(&items);
    }

    pub fn remove(&self, index: usize) {
        let mut items = self.items.get_untracked();
        if index < items.len() {
            items.remove(index);
        }
        self.save(&items);
    }

    pub fn merge(&self, other: &[ShortlistItem]) {
        let mut items = self.items.get_untracked();
        for i in other {
            shortlist::add(&mut items, i.clone());
        }
        self.save(&items);
    }

    pub fn clear(&self) {
        self.save(&[]);
    }
}

pub fn provide_shortlist() {
    let items = persisted(SHORTLIST_KEY, Stored::Shortlist);
    provide_context(Shortlist {
        items,
        insights: use_context::<Insights>(),
    });
}

pub fn use_shortlist() -> Shortlist {
    expect_context::<Shortlist>()
}
