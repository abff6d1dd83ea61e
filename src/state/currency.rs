use leptos::prelude::*;

use crate::domain::pricing::format::{self, Currency};
use crate::domain::{Lang, Rates};
use crate::platform::storage::CURRENCY_KEY;
use crate::state::{Persisted, Stored, persisted, use_lang};

/// The currency prices are shown in: the reader's choice, kept on the device, or the one their
/// language reads first (euros for German, French and Dutch, rupiah otherwise).
#[derive(Clone, Copy)]
pub struct DisplayCurrency {
    chosen: Persisted<String>,
    lang: Signal<Lang>,
}

impl DisplayCurrency {
    pub fn get(&self) -> Currency {
        Currency::parse(&self.chosen.get())
            .unwrap_or_else(|| Currency::default_for(self.lang.get()))
    }

    pub fn get_untracked(&self) -> Currency {
        untrack(|| self.get())
    }

    pub fn set(&self, currency: Currency) {
        self.chosen.set(&currency.code().to_owned());
    }

    /// A rupiah amount as this reader sees it, at the catalogue's dated rates.
    pub fn show(&self, idr: u64, rates: &Rates) -> String {
        format::amount(idr, self.get(), rates, self.lang.get())
    }
}

/// After `provide_locale`.
pub fn provide_currency() {
    provide_context(DisplayCurrency {
        chosen: persisted(CURRENCY_KEY, Stored::Currency),
        lang: use_lang(),
    });
}

pub fn use_currency() -> DisplayCurrency {
    expect_context::<DisplayCurrency>()
}
