use leptos::prelude::*;

use crate::domain::inquiry::InquiryDraft;
use crate::platform::storage::DRAFT_KEY;
use crate::state::{Stored, persisted};

/// The inquiry being typed, kept on the device on every keystroke: a reload, a crash or a validation
/// error never costs the buyer what they wrote. Cleared after it is safely in the outbox, and by the
/// kiosk's reset.
#[derive(Clone, Copy)]
pub struct DraftState {
    draft: Signal<InquiryDraft>,
    set_draft: WriteSignal<InquiryDraft>,
}

impl DraftState {
    pub fn get(&self) -> Signal<InquiryDraft> {
        self.draft
    }

    pub fn update(&self, f: impl FnOnce(&mut InquiryDraft)) {
        self.set_draft.update(f);
    }

    pub fn clear(&self) {
        self.set_draft.set(InquiryDraft::default());
    }
}

pub fn provide_inquiry_draft() {
    let (draft, set_draft) = persisted(DRAFT_KEY, Stored::Draft);
    provide_context(DraftState { draft, set_draft });
}

pub fn use_inquiry_draft() -> DraftState {
    expect_context::<DraftState>()
}
