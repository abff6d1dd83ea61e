use leptos::prelude::*;

use crate::domain::inquiry::InquiryDraft;
use crate::platform::storage::DRAFT_KEY;
use crate::state::{Persisted, Stored, persisted};

/// The inquiry being typed, kept on the device on every keystroke: a reload, a crash or a validation
/// error never costs the buyer what they wrote. Cleared after it is safely in the outbox, and by the
/// kiosk's reset.
#[derive(Clone, Copy)]
pub struct DraftState {
    draft: Persisted<InquiryDraft>,
}

impl DraftState {
    pub fn get(&self) -> Signal<InquiryDraft> {
        self.draft.signal()
    }

    pub fn update(&self, f: impl FnOnce(&mut InquiryDraft)) {
        self.draft.update(f);
    }

    pub fn clear(&self) {
        self.draft.set(&InquiryDraft::default());
    }
}

pub fn provide_inquiry_draft() {
    provide_context(DraftState {
        draft: persisted(DRAFT_KEY, Stored::Draft),
    });
}

pub fn use_inquiry_draft() -> DraftState {
    expect_context::<DraftState>()
}
